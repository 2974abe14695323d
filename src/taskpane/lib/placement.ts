/**
 * The placement planners the pane uses, in one place (src/domain/placement is pure: it
 * turns options and the current grids into the cells to write; the port writes them).
 */
export { planProjectAddition, planSubjectAddition, planTableInsertion } from '../../domain/placement';

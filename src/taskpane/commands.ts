/* global Office */
// Function file for ribbon commands (manifest FunctionFile -> commands.html).
// The only ribbon button today opens the task pane (ShowTaskpane), which needs no
// code; ExecuteFunction commands will register their handlers here.
if (typeof Office !== 'undefined') {
  void Office.onReady();
}

export {};

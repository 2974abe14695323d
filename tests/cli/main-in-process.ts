import { Writable } from 'stream';
import { main } from '../../src/cli/main';

/** Runs the CLI's main() in this process, collecting what it writes (fast: no spawn, no build). */
export async function runMain(args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  const collect = (): Writable & { text: string } => {
    const chunks: Buffer[] = [];
    const stream = new Writable({
      write(chunk: Buffer | string, _encoding, done) {
        chunks.push(Buffer.from(chunk));
        done();
      },
    }) as Writable & { text: string };
    Object.defineProperty(stream, 'text', { get: () => Buffer.concat(chunks).toString('utf8') });
    return stream;
  };
  const out = collect();
  const err = collect();
  const status = await main(args, out, err);
  return { status, stdout: out.text, stderr: err.text };
}

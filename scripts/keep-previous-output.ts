import fs from 'node:fs';

/**
 * Runs a build that writes `outDir`, keeping the previous output aside until it succeeds: on
 * failure the partial output is removed and the previous one put back untouched. Returns the
 * build's exit code.
 */
export async function keepPreviousOutput(outDir: string, build: () => number | Promise<number>): Promise<number> {
  const previous = `${outDir}.previous`;
  fs.rmSync(previous, { recursive: true, force: true });
  const hadOutput = fs.existsSync(outDir);
  if (hadOutput) fs.renameSync(outDir, previous);
  let code: number;
  try {
    code = await build();
  } catch (error) {
    console.error(error);
    code = 1;
  }
  if (code === 0) {
    fs.rmSync(previous, { recursive: true, force: true });
  } else {
    fs.rmSync(outDir, { recursive: true, force: true });
    if (hadOutput) fs.renameSync(previous, outDir);
  }
  return code;
}

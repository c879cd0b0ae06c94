/**
 * A child process for the crash tests: opens a workspace as the app does and
 * edits one article as fast as it can, printing "ack N" once edit N is saved
 * (the promise the app answers the analyst with). The test kills it with
 * SIGKILL at a random moment and checks the file on disk.
 */
import { openWorkspace } from '../../../electron/workspace.ts';

const [dataDir] = process.argv.slice(2);
const api = await openWorkspace({
  dataDir: dataDir!,
  dialogs: { chooseFileToOpen: async () => null, chooseExportPath: async () => null },
  printPdf: async () => new Uint8Array(),
  emitProgress: () => undefined,
});
const [article] = await api.listArticles();
const file = await api.openArticle(article!.id);
const claimIds = file.claims.map((c) => c.id);
process.stdout.write(`ready ${article!.id} ${claimIds[0]}\n`);
for (let n = 1; n < 100_000; n++) {
  // The note carries the edit's number; every fourth edit also grows the file, so writes differ in size.
  await api.edit(article!.id, { type: 'setNote', claimId: claimIds[0]!, note: `edit ${n}` });
  if (n % 4 === 0) await api.edit(article!.id, { type: 'setEvidence', claimId: claimIds[1]!, evidence: Array.from({ length: n % 40 }, (_, i) => `item ${i} ${'x'.repeat(200)}`) });
  process.stdout.write(`ack ${n}\n`);
}

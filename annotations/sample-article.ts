/**
 * The built-in sample article, laid in a new workspace so the app shows real
 * work at once. Fictional; written to use every attribution kind of the codebook,
 * a relayed source and a carry-over.
 */
import type { Article } from './model.ts';

export const SAMPLE_ARTICLE: Article = {
  title: 'Audit accuses city water board of hiding contamination data',
  origin: 'Built-in sample',
  text: `Audit accuses city water board of hiding contamination data
Inspectors say photographs show corroded pipes at two pumping stations

The Lakeport Water Board withheld test results showing lead above the legal limit in 38 homes, the state auditor's office said on Monday.
The audit covers water samples taken between March 2023 and June 2024.
According to the audit, the board's director was told of the results in writing but did not inform residents.
Photographs included in the audit show corroded service pipes at the Eastgate and Millbrook pumping stations.
Citing an unnamed member of the board's staff, the audit said the samples had been retested until they passed.
It also found that two reports to the regulator were filed weeks late.
A city engineer, who asked not to be named because he was not authorised to speak, said crews had raised the problem in 2022.
Mayor Ines Calder told reporters that the city would "act on every recommendation."
The board's chair, Dr. Samuel Reyes, denied that any results had been hidden.
Lakeport switched its water supply to the Tern River in 2021.
The state sets the legal limit for lead at 15 parts per billion.
Residents' group Clean Taps Now called for an independent inquiry.
`,
};

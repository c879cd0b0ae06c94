import type { Claim } from '../../annotations/model.ts';
import { attributionLabel } from '../../annotations/taxonomy.ts';

export interface SuggestionReasonProps {
  claim: Claim;
}

const RULE_TEXT: Record<string, string> = {
  'speech-verb': 'speech verb',
  'according-to': 'attribution phrase',
  citing: 'relayed source',
  'quoted-headline': 'quoted headline',
  unnamed: 'unnamed source',
  anonymity: 'anonymity',
  anonymous: 'anonymity',
  'familiar-with': 'people familiar with',
  'remote-imagery': 'imagery',
  'visual-material': 'visual material',
  continuation: 'continues the previous statement',
  perception: 'seen in visual material',
  appearance: 'describes the image before',
  caption: 'caption',
  disclaimer: 'disclaimer about images',
  'headline-tag': 'headline tag',
  hedge: 'hedge',
  'unidentified-report': 'unidentified report',
  'post-signature': 'signed post',
  'media-pointer': 'headline points to footage or photos',
};

/** Why the workbench suggested what it did: the rule and the words in the text. */
export function SuggestionReason({ claim }: SuggestionReasonProps) {
  const suggestion = claim.suggestion;
  if (!suggestion) return null;
  const cues = suggestion.cues.map((cue) => `${RULE_TEXT[cue.rule] ?? cue.rule} “${cue.text}”`);
  return (
    <p className="suggestion-reason">
      <span className="label">Suggested:</span> {attributionLabel(suggestion.attribution)}
      {suggestion.source ? <> from “{suggestion.source.text}”</> : null}
      {suggestion.via ? <> via “{suggestion.via.text}”</> : null}
      {suggestion.carryover ? <> (carried over)</> : null}
      {suggestion.score !== undefined ? <> · sure {Math.round(suggestion.score * 100)}%</> : null}
      {cues.length ? <> · because of {cues.join(', ')}</> : <> · no attribution cue found</>}
    </p>
  );
}

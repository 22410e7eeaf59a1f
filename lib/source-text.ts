import { cleanDisplayText, toUtf16Index } from "@/lib/text";

export interface SourceSegment {
  text: string;
  evidence: boolean;
}

export interface SourceParagraph {
  segments: SourceSegment[];
  /** True when the paragraph holds (part of) the evidence passage. */
  hasEvidence: boolean;
}

/**
 * The raw source text split into paragraphs for display, with the evidence passage (code point offsets into the
 * raw text, end exclusive) marked. The text is cut at the raw offsets first and each piece is cleaned afterwards,
 * so removing junk characters can never shift the highlight.
 */
export function segmentSource(raw: string, start: number, end: number): SourceParagraph[] {
  const s = toUtf16Index(raw, start);
  const e = toUtf16Index(raw, end);
  const pieces: SourceSegment[] = [
    { text: raw.slice(0, s), evidence: false },
    { text: raw.slice(s, e), evidence: true },
    { text: raw.slice(e), evidence: false },
  ];
  const paragraphs: SourceParagraph[] = [{ segments: [], hasEvidence: false }];
  for (const piece of pieces) {
    const lines = piece.text.split(/\r?\n/);
    lines.forEach((line, i) => {
      if (i > 0) paragraphs.push({ segments: [], hasEvidence: false });
      const current = paragraphs[paragraphs.length - 1];
      const text = cleanDisplayText(line);
      if (!current || text === "") return;
      current.segments.push({ text, evidence: piece.evidence });
      if (piece.evidence) current.hasEvidence = true;
    });
  }
  return paragraphs.filter((p) => p.segments.some((seg) => seg.text.trim() !== ""));
}

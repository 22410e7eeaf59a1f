/**
 * A real published article and its gold annotation. `text` is the article body as the search corpus stored it
 * (its opening, up to the last whole sentence kept), scraping faults included (words run together, captions
 * inline): that is what an analyst pastes.
 */
export interface TestArticle {
  id: string;
  url: string;
  outlet: string;
  /** YYYY-MM-DD, YYYY-MM or null when the page does not say. */
  published: string | null;
  language: "en" | "vi";
  text: string;
  /**
   * Every sentence that reports what a Vietnamese official said, with its speaker as the article names them
   * (folded comparison: diacritics and case do not matter). `quote` is a distinctive piece of the sentence.
   */
  statements: Array<{ quote: string; speaker: string }>;
  /** Sentences with an attribution that must not be proposed: a foreign official, a group, or no one. */
  setAside: Array<{ quote: string; reason: "foreign" | "group" | "no_speaker" }>;
}

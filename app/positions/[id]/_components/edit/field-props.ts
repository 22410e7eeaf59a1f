/** What an edit form hands each of its controls: its id and the links to its error and hint. */
export type ControlProps = {
  id: string;
  "aria-invalid": true | undefined;
  "aria-describedby": string;
};

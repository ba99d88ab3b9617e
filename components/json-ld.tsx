export type JsonLdProps = {
  /** One or more schema.org objects (see lib/outputs/structured-data.ts). */
  data: object | object[];
};

/** schema.org data as a JSON-LD script. `<` is escaped so no text can close the script early. */
export function JsonLd({ data }: JsonLdProps) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: JSON.stringify(data).replace(/</g, '\\u003c') }} />;
}

/**
 * What axe-core finds in Decap CMS's own interface, by rule, with the upstream report that covers it:
 * nothing our configuration can change (our labels and hints are there, in both languages). The
 * browser test fails when this list changes, so the table in docs/editing.md ("Accessibility of the
 * editor") stays true. decaporg/decap-cms#1333 is Decap's open accessibility issue.
 */
export const KNOWN_EDITOR_VIOLATIONS: Record<string, string> = {
  'color-contrast': 'https://github.com/decaporg/decap-cms/issues/1333',
  region: 'https://github.com/decaporg/decap-cms/issues/1333',
  'aria-input-field-name': 'https://github.com/decaporg/decap-cms/issues/1333',
  'aria-required-attr': 'https://github.com/decaporg/decap-cms/issues/4216',
  'button-name': 'https://github.com/decaporg/decap-cms/pull/6762',
  'nested-interactive': 'https://github.com/decaporg/decap-cms/pull/1900',
  'aria-command-name': 'https://github.com/decaporg/decap-cms/issues/1333',
  'frame-title': 'https://github.com/decaporg/decap-cms/issues/1333',
};

/*
 * The site's one script: small progressive enhancements of server-rendered markup, wired through
 * data- attributes. The build (scripts/build-enhancements.ts) bundles it to a hashed file, and
 * scripts/strip-framework.ts loads it as a module only on the pages that have such markup. Every
 * page is complete without it.
 */
import { fillAccessDates } from './access-dates';
import { enableCopyButtons } from './copy-buttons';

fillAccessDates(document, new Date());
enableCopyButtons(document);

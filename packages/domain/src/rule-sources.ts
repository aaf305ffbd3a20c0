import { DISPLAY_RULES_HASH, RULE_SOURCES } from './generated/rules';
import type { SourceEntry } from './rule-data';

/** Every document the rules cite (content/rules/sources.yaml), with what of it this project actually read. */
export const LEGAL_DOCUMENTS: Readonly<Record<string, SourceEntry>> = RULE_SOURCES;

/** Hash of the display-period and list data; part of every stored window's rule version. */
export const DISPLAY_RULES_VERSION: string = DISPLAY_RULES_HASH;

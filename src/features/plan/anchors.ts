import type { PreventionLevel } from '../../shared/schemas';

/** Anchors the routine and others link to: `/plan#insatser` and `/plan#insats-<level>`. */
export const CATALOGUE_ANCHOR = 'insatser';
export const levelAnchor = (level: PreventionLevel | 'individinriktad') => `insats-${level}`;
/** The id of a prevention level's heading in the catalogue. */
export const levelHeadingId = (level: PreventionLevel) => `${levelAnchor(level)}-rubrik`;

import type { YearIndicators } from '../indicators';
import type { FollowUpStatus, IndicatorMeasure, PreventionLevel } from '../schemas';

/** One activity's line in the annual report for a year. */
export interface ActivityFigure {
  activityId: string;
  what: string;
  timing: string;
  responsible: string;
  /** The person's assessment for the year; `ejBedomd` when no one has assessed it. */
  status: FollowUpStatus;
  comment: string;
  measure: IndicatorMeasure;
  preventionLevel: PreventionLevel | null;
  target: number | null;
  /** The measure counted from the log for the year; null when the indicator is not linked. */
  value: number | null;
  /** The same measure for the year before; null when not linked. */
  previous: number | null;
  /** value − previous; null when not linked. */
  change: number | null;
}

export interface AreaFigures {
  areaId: string;
  title: string;
  activities: ActivityFigure[];
}

/** Dialog meetings with one organisation in the year. */
export interface OrganisationDialogs {
  /** Null for dialogs logged without an organisation. */
  organisationId: string | null;
  /** The register's name; null when the id is not in the register (or no organisation). */
  name: string | null;
  count: number;
  /** The latest dialog's local date and time, `YYYY-MM-DDTHH:mm`. */
  lastDate: string;
}

export type StatusCounts = Record<FollowUpStatus, number>;

/** Everything the annual report shows for one year, computed from the device's data. */
export interface YearReport {
  year: number;
  areas: AreaFigures[];
  /** Live activities by their status for the year (unassessed count as `ejBedomd`). */
  statusCounts: StatusCounts;
  activityCount: number;
  indicators: YearIndicators;
  previousIndicators: YearIndicators;
  /** Dialog meetings (kind `dialog`) in the year. */
  dialogCount: number;
  dialogsByOrganisation: OrganisationDialogs[];
  /** Dialog meetings per month, January first (12 numbers). */
  dialogsByMonth: number[];
}

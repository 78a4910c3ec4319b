import { createContext, useContext } from 'react';
import type { YearIndicators } from '../../shared/indicators';

export interface PlanView {
  year: number;
  /** The year's indicators from the log; undefined while loading. */
  indicators: YearIndicators | undefined;
  editing: boolean;
}

export const PlanContext = createContext<PlanView>({
  year: new Date().getFullYear(),
  indicators: undefined,
  editing: false,
});

/** The chosen year, its indicators and whether the plan is being edited. */
export const usePlanView = (): PlanView => useContext(PlanContext);

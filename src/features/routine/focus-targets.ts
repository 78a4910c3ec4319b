/** Ids of the controls focus returns to on the routine page (see useFocusAfter in ui). */
export const stepEditButtonId = (stepId: string) => `step-edit-${stepId}`;
export const NEW_STEP_BUTTON_ID = 'step-new';
export const STEPS_HEADING_ID = 'routine-steps-heading';
export const INFO_BUTTON_ID = 'routine-info-edit';

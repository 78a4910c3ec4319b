/** Ids of the controls focus returns to on the contacts page (see useFocusAfter in ui). */
export const editButtonId = (contactId: string) => `contact-edit-${contactId}`;
export const NEW_CONTACT_BUTTON_ID = 'contact-new';

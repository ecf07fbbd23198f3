/** The app state key of the screen the chair was on, so a reload or a killed tab reopens it. */
export const LAST_ROUTE_KEY = 'lastRoute';

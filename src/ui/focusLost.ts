// Where keyboard focus went when what held it is gone (a disabled button, a screen replaced).

/** True when no element holds focus: the browser has put it back on the page itself. */
export function focusLost(): boolean {
  return document.activeElement === null || document.activeElement === document.body;
}

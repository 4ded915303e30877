/** Attributes and properties `createElement` sets; `text` becomes the text content. */
export type ElementProps = Record<string, string | boolean | undefined> & { text?: string };

/**
 * Creates an element with attributes and children. A `true` attribute is set empty, `false` or
 * `undefined` leaves it out; `text` sets the text content (never parsed as HTML).
 */
export function createElement<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: ElementProps = {},
  children: readonly (Node | string)[] = [],
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (name === 'text') element.textContent = value === undefined ? '' : String(value);
    else if (value === true) element.setAttribute(name, '');
    else if (typeof value === 'string') element.setAttribute(name, value);
  }
  element.append(...children);
  return element;
}

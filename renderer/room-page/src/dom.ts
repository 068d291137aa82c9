/**
 * A few lines of DOM building, so the page needs no framework. Text always goes in as text
 * (textContent), never as HTML, and no style attribute is ever written: the page's CSP allows
 * neither inline script nor inline style.
 */
type Attrs = Record<string, string | number | boolean | null | undefined | EventListener>
export type Child = Node | string | null | undefined | false | Child[]

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag)
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue
    if (typeof value === 'function') element.addEventListener(name.slice(2).toLowerCase(), value)
    else if (name === 'value' && 'value' in element) (element as HTMLInputElement).value = String(value)
    else if (name === 'checked' || name === 'selected') (element as unknown as Record<string, boolean>)[name] = Boolean(value)
    else element.setAttribute(name, value === true ? '' : String(value))
  }
  append(element, children)
  return element
}

function append(parent: Node, children: Child[]) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue
    if (Array.isArray(child)) append(parent, child)
    else parent.appendChild(typeof child === 'string' ? document.createTextNode(child) : child)
  }
}

/** Children as one fragment, for replaceChildren. */
export function fragment(...children: Child[]): DocumentFragment {
  const result = document.createDocumentFragment()
  append(result, children)
  return result
}

import { describe, expect, it } from 'vitest'
import { toEagerWrappers } from './eager-cjs-plugin'

// What the bundler (Rolldown, through Vite) writes around React's CommonJS files, before minifying.
const BUNDLED = `var require_react_production = /* @__PURE__ */ __commonJSMin(((exports) => {
\tvar REACT_ELEMENT_TYPE = Symbol.for("react.transitional.element");
\texports.Children = { map: (children, fn) => children.map((child) => fn(child)) };
}));
var require_react = /* @__PURE__ */ __commonJSMin(((exports, module) => {
\tmodule.exports = require_react_production();
}));
const onClick = (event) => event.preventDefault();`

describe('toEagerWrappers', () => {
  it('turns each CommonJS wrapper into a parenthesised function expression, and nothing else', () => {
    expect(toEagerWrappers(BUNDLED)).toBe(`var require_react_production = /* @__PURE__ */ __commonJSMin((function(exports) {
\tvar REACT_ELEMENT_TYPE = Symbol.for("react.transitional.element");
\texports.Children = { map: (children, fn) => children.map((child) => fn(child)) };
}));
var require_react = /* @__PURE__ */ __commonJSMin((function(exports, module) {
\tmodule.exports = require_react_production();
}));
const onClick = (event) => event.preventDefault();`)
  })

  it('keeps the modules working: the wrapped module still exports what it did', () => {
    const run = (code: string) =>
      new Function(`const __commonJSMin = (cb, mod) => () => (mod || cb((mod = { exports: {} }).exports, mod), mod.exports);\n${code}\nreturn require_react();`)()
    const before = run(BUNDLED)
    const after = run(toEagerWrappers(BUNDLED))
    expect(after.Children.map([1, 2], (n: number) => n * 2)).toEqual(before.Children.map([1, 2], (n: number) => n * 2))
  })
})

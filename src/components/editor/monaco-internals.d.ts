// Two of Monaco's own modules, imported only so that they are evaluated a step at a time (monaco-setup.ts).
// Their exports are never used, so they need no types. A Monaco that moved them fails the build, loudly.
declare module 'monaco-editor/editor/common/services/editorBaseApi'
declare module 'monaco-editor/editor/standalone/browser/standaloneServices'

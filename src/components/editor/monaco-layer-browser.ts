// Monaco's browser layer and services, evaluated as a step of its own (monaco-setup.ts); side effects only,
// like monaco-layer-common.ts.
import 'monaco-editor/editor/standalone/browser/standaloneServices'

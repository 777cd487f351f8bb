// Monaco's common layer (text model, languages, base), evaluated as a step of its own (monaco-setup.ts).
// Imported for its side effects only: a dynamic import of the module itself would make the bundler split its
// runtime helpers into one more chunk on the first view's path.
import 'monaco-editor/editor/common/services/editorBaseApi'

// What a JSON pane uses of Monaco's editor features: the full 'monaco-editor' import drags in every language.
import 'monaco-editor/features/hover/register'
import 'monaco-editor/features/suggest/register'
import 'monaco-editor/features/bracketMatching/register'
import 'monaco-editor/features/find/register'
import 'monaco-editor/features/clipboard/register'
import 'monaco-editor/features/folding/register'
// The JSON worker manager (loaded later) pulls in the codelens and drop-into-editor contributions. Their
// services must be registered before the first editor starts Monaco's services, or every editor created
// after a view switch throws "depends on UNKNOWN service ICodeLensCache / treeViewsDndService".
import 'monaco-editor/features/codelens/register'
import 'monaco-editor/features/dropOrPasteInto/register'

// Entry point of dist/server.js, the language server the VS Code client starts over IPC. The
// transport comes from the command line (`--node-ipc`, `--stdio`, `--socket=N`).
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startLanguageServer } from './languageServer';

startLanguageServer(createConnection(ProposedFeatures.all));

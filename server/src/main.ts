import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';

// Transport comes from the command line (--stdio, --node-ipc, --socket=N), as LSP clients pass it.
startServer(createConnection(ProposedFeatures.all));

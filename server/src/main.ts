import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { countingMessageStrategy } from './lsp/quietTurn';
import { useWordVectorData } from './core';
import { startServer } from './lsp/server';
import { readWordVectorFile } from './workspace/wordVectors';
import { mark } from './lsp/startup';

// Transport comes from the command line (--stdio, --node-ipc, --socket=N), as LSP clients pass it. The
// connection counts the messages it handles, so background checks can wait for its queue to empty.
useWordVectorData(readWordVectorFile);
startServer(createConnection(ProposedFeatures.all, { messageStrategy: countingMessageStrategy }));
mark('loaded');

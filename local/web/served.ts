// The page as the local server serves it (`npm start`): the skill runs on the server.
import { startPage } from './page';
import { servedTransport } from './served-transport';
import { browserStorage } from './storage';

const storage = browserStorage();
startPage({ transport: servedTransport(storage), storage });

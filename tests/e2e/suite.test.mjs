// The end-to-end suite: one static server and one browser for every test module below,
// run in this order against the release build served from a sub-path.
import { after } from 'node:test';
import { stopShared } from './harness.mjs';
import './app.mjs';
import './where_i_live.mjs';
import './maps.mjs';
import './open_data.mjs';
import './explore.mjs';
import './offline.mjs';
import './trust.mjs';
import './compare.mjs';

after(stopShared);

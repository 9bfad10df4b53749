// Loads every std module so each registers its methods and paths (see registry.ts). A module added
// to std/ is imported here once.
import './fmt';
import './any';
import './boxed';
import './default';
import './iter';
import './iterAdapters';
import './iterConsumers';
import './io';
import './mem';
import './hint';
import './num';
import './option';
import './slice';
import './str';
import './string';
import './vec';
import './rc';
import './cell';
import './collections';
import './vecdeque';
import './sync';
import './thread';
import './mpsc';
import './time';
import './alloc';
import './bufferHandover';

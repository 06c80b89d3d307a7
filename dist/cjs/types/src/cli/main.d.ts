import { type Io } from './io.js';
import { VERSION } from './version.js';
export { VERSION };
export declare function main(argv: string[], processIo: Io): Promise<number>;

import { describeUserStorageConformance } from '../conformance.js';
import { createMemoryUserStorage } from './memory-user-storage.js';

describeUserStorageConformance('memory', () => createMemoryUserStorage());

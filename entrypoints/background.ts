import { defineBackground } from 'wxt/utils/define-background';
import { startBackground } from '../lib/runtime/background';

export default defineBackground(() => startBackground());

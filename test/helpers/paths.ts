// Where things are, from the compiled test files (dist/test/helpers/*.js -> repository root).
import { fileURLToPath } from "node:url";
import { join } from "node:path";

export const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));
export const rulesDir = join(repoRoot, "rules");
export const seedsDir = join(repoRoot, "seeds");
export const srcDir = join(repoRoot, "src");
export const devsetTextDir = "/work/shared/devset/wcxb-articles/text";

// Where things are, from the compiled test files (dist/test/helpers/*.js -> repository root).
import { fileURLToPath } from "node:url";
import { join } from "node:path";

export const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));
export const rulesDir = join(repoRoot, "rules");
export const seedsDir = join(repoRoot, "seeds");
export const srcDir = join(repoRoot, "src");
/** shared/ sits beside the checkout (as in CI's fresh clone). */
export const sharedDir = join(repoRoot, "..", "shared");
export const devsetTextDir = join(sharedDir, "devset/wcxb-articles/text");
export const devsetHtmlDir = join(sharedDir, "devset/wcxb-articles/html");
export const sharedSeedsDir = join(sharedDir, "seeds");

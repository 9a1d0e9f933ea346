// Debian's interpreter: python3-h2 and other Debian Python packages are visible only to it
// (the python3 first on PATH may be another build).
import { existsSync } from "node:fs";

export const PYTHON = existsSync("/usr/bin/python3") ? "/usr/bin/python3" : "python3";

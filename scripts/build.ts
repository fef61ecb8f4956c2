import { build } from "./build-state";

build();

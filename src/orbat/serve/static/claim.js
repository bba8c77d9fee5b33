// The claim page: one claim's evidence, with its verdict buttons.
import {showEvidence} from "./evidence.js";

const panel = document.getElementById("evidence");
showEvidence(panel, "Evidence", [panel.dataset.claims]);

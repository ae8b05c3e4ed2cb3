"use strict";
function CheckLocation() { return false; }

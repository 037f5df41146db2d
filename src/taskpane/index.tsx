import { startTaskpane } from "./start-taskpane";

// Webpack entry of taskpane.html (after office.js and functions.js): the shared runtime's page.
startTaskpane(document.getElementById("container"));

/** What a test says about the host: Office.onReady's host (null outside Office), language and theme. */
export interface FakeOfficeHost {
  readonly host: string | null;
  readonly displayLanguage?: string;
  /** Read on access, so a test can make it throw as some platforms do. */
  readonly officeTheme?: () => unknown;
}

export interface ReadyInfo {
  readonly host: string | null;
  readonly platform: null;
}

export type ReadyListener = (info: ReadyInfo) => void;

/**
 * Installs a stand-in for the office.js globals the entry reads (`Office`, and `Excel` when the host is Excel);
 * returns the function that removes them.
 *
 * @example const remove = installFakeOffice({ host: null }); … remove();
 */
export function installFakeOffice(office: FakeOfficeHost): () => void {
  const info: ReadyInfo = { host: office.host, platform: null };
  const context = {
    displayLanguage: office.displayLanguage ?? "en-US",
    get officeTheme() {
      return office.officeTheme?.();
    },
  };
  const onReady = (listener: ReadyListener) => {
    listener(info);
    return Promise.resolve(info);
  };
  Object.assign(globalThis, { Office: { onReady, context, HostType: { Excel: "Excel" } } });
  if (office.host === "Excel") Object.assign(globalThis, { Excel: {} });
  return () => {
    for (const name of ["Office", "Excel"]) Reflect.deleteProperty(globalThis, name);
  };
}

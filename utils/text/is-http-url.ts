/** Whether a string is an absolute http(s) URL: the only links News Lens ever shows or copies. */
export const isHttpUrl = (url: string): boolean => /^https?:\/\//i.test(url);

/* Test-only shim for Wine 8.0 (Debian 12), which lacks bcryptprimitives.dll. Go >= 1.22 programs
 * for Windows load ProcessPrng from it at start and die without it. Real Windows 10/11 ship the
 * DLL; this one is built with MinGW by .ci/wine-test.sh into a throw-away Wine prefix and never
 * goes into a package. ProcessPrng fills the buffer from the system RNG (RtlGenRandom). */
#include <windows.h>
#include <ntsecapi.h>

BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T len) {
  while (len > 0) {
    ULONG n = len > 0x10000000 ? 0x10000000 : (ULONG)len;
    if (!RtlGenRandom(data, n)) return FALSE;
    data += n;
    len -= n;
  }
  return TRUE;
}

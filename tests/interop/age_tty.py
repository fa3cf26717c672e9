"""Drive the ``age`` CLI's passphrase prompts through a pseudo-terminal (age reads passphrases from the
terminal only, never from stdin or a file)."""

from __future__ import annotations

import os
import pty
import select
import time


def run_age_with_passphrase(argv: list[str], passphrase: str, *, prompts: int = 1,
                            timeout: float = 60.0) -> tuple[int, str]:
    """Run ``argv`` on a new pty, answering ``prompts`` passphrase prompts; returns (exit code, terminal text)."""
    pid, fd = pty.fork()
    if pid == 0:  # child: the pty is its controlling terminal, so age's /dev/tty is ours
        try:
            os.execvp(argv[0], argv)
        finally:
            os._exit(127)
    seen = b""
    answered = 0
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([fd], [], [], 0.2)
            if ready:
                try:
                    chunk = os.read(fd, 1024)
                except OSError:  # the child closed the terminal (exited)
                    break
                if not chunk:
                    break
                seen += chunk
            if answered < prompts and seen.lower().count(b"passphrase") > answered:
                os.write(fd, passphrase.encode() + b"\n")
                answered += 1
            done, status = os.waitpid(pid, os.WNOHANG)
            if done:
                return os.waitstatus_to_exitcode(status), seen.decode(errors="replace")
        else:
            os.kill(pid, 9)
        _, status = os.waitpid(pid, 0)
        return os.waitstatus_to_exitcode(status), seen.decode(errors="replace")
    finally:
        os.close(fd)

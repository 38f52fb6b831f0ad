"""jieba's dictionary as lookups: the part-of-speech tag of each word, loaded once per process.

Reading the tags from jieba's dictionary file takes about half a second, so the table is kept in a
cache file (marshal) in the temporary folder, keyed by the dictionary's size and modification time,
the way jieba caches its own prefix dictionary. A missing or unreadable cache is simply rebuilt.
"""

from __future__ import annotations

import marshal
import os
import tempfile
from functools import cache
from pathlib import Path


@cache
def word_tags() -> dict[str, str]:
    """Word → jieba part-of-speech tag (n, ns, v …) of every word of jieba's default dictionary."""
    import jieba

    dictionary = Path(jieba.__file__).with_name("dict.txt")
    stat = dictionary.stat()
    cache_file = Path(tempfile.gettempdir()) / f"zhfacts-tags-{stat.st_size}-{int(stat.st_mtime)}.marshal"
    try:
        return marshal.loads(cache_file.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        pass
    tags = {}
    with dictionary.open(encoding="utf-8") as lines:
        for line in lines:
            parts = line.split()
            if len(parts) == 3:
                tags[parts[0]] = parts[2]
    try:
        handle, temporary = tempfile.mkstemp(dir=cache_file.parent, prefix=".zhfacts-tags-")
        with os.fdopen(handle, "wb") as stream:
            stream.write(marshal.dumps(tags))
        os.replace(temporary, cache_file)
    except OSError:
        pass  # a read-only temporary folder: the table is rebuilt next time
    return tags

import logging

import jieba

jieba.setLogLevel(logging.WARNING)

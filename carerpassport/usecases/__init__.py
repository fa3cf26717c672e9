"""The use cases behind :class:`carerpassport.app.PassportApp`, one module per area.

Each module holds one class of methods over an open vault; ``PassportApp`` is composed of them all.
A class inherits only the classes whose methods it calls, so each module's dependencies are visible.
"""

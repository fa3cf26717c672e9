<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy" sourcelanguage="en">
<context>
    <name>Accessible</name>
    <message>
        <location filename="../../carerpassport/ui/widgets/accessible.py" line="+48"/>
        <source>Status</source>
        <translation type="unfinished">Statws</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+1"/>
        <source>Close</source>
        <extracomment>The standard Close button (Qt has no Welsh of its own); no underlined letter, as Qt&apos;s has none here.</extracomment>
        <translation type="unfinished">Cau</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../carerpassport/ui/dialogs/action_dialog.py" line="+54"/>
        <source>Decline an action</source>
        <translation type="unfinished">Gwrthod cam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit an action</source>
        <translation type="unfinished">Golygu cam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an action</source>
        <translation type="unfinished">Ychwanegu cam</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Record what you and your line manager agreed, or what you are asking for. Press Ctrl+Enter to save.</source>
        <translation type="unfinished">Cofnodwch yr hyn y cytunoch chi a&apos;ch rheolwr llinell arno, neu&apos;r hyn rydych chi&apos;n gofyn amdano. Pwyswch Ctrl+Enter i gadw.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>For example: Start at 10:00 on Tuesdays so I can take Dad to his day centre.</source>
        <translation type="unfinished">Er enghraifft: Dechrau am 10:00 ar ddydd Mawrth er mwyn i mi fynd â Dad i&apos;w ganolfan ddydd.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+33"/>
        <source>What was agreed</source>
        <translation type="unfinished">Beth y cytunwyd arno</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Describe the change or support in a sentence or two.</source>
        <translation type="unfinished">Disgrifiwch y newid neu&apos;r cymorth mewn brawddeg neu ddwy.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kind of action</source>
        <translation type="unfinished">Math o gam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flexible working, leave, emergency cover, equipment, workload or other.</source>
        <translation type="unfinished">Gweithio hyblyg, absenoldeb, cyflenwi mewn argyfwng, offer, llwyth gwaith neu arall.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>For example: Bob Smith, or me</source>
        <translation type="unfinished">Er enghraifft: Bob Smith, neu fi</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+23"/>
        <source>Who does it</source>
        <translation type="unfinished">Pwy sy&apos;n ei wneud</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>The person who makes this happen.</source>
        <translation type="unfinished">Y person sy&apos;n gwneud i hyn ddigwydd.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+19"/>
        <source>Status</source>
        <translation type="unfinished">Statws</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Proposed, agreed, declined, in place or ended.</source>
        <translation type="unfinished">Wedi&apos;i gynnig, wedi&apos;i gytuno, wedi&apos;i wrthod, ar waith neu wedi dod i ben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why it was declined, in a few words</source>
        <translation type="unfinished">Pam y cafodd ei wrthod, mewn ychydig eiriau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason it was declined</source>
        <translation type="unfinished">Y rheswm y cafodd ei wrthod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Required when an action is declined.</source>
        <translation type="unfinished">Mae angen hwn pan fydd cam yn cael ei wrthod.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+14"/>
        <source>Date agreed</source>
        <translation type="unfinished">Dyddiad cytuno</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+14"/>
        <source>Start by</source>
        <translation type="unfinished">Dechrau erbyn</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+13"/>
        <source>Review on</source>
        <translation type="unfinished">Adolygu ar</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+1"/>
        <source>Share this action with my manager</source>
        <translation type="unfinished">Rhannu&apos;r cam hwn gyda fy rheolwr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When ticked, this action is part of what you export for your line manager.</source>
        <translation type="unfinished">Pan fydd wedi&apos;i dicio, mae&apos;r cam hwn yn rhan o&apos;r hyn rydych chi&apos;n ei allforio ar gyfer eich rheolwr llinell.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kind</source>
        <translation type="unfinished">Math</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reason declined</source>
        <translation type="unfinished">Rheswm dros wrthod</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Save</source>
        <translation type="unfinished">&amp;Cadw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the action</source>
        <translation type="unfinished">Cadw&apos;r cam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saves the action and closes this window (Ctrl+Enter).</source>
        <translation type="unfinished">Yn cadw&apos;r cam ac yn cau&apos;r ffenestr hon (Ctrl+Enter).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation type="unfinished">Diddymu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel without saving</source>
        <translation type="unfinished">Diddymu heb gadw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closes this window and keeps the action as it was (Escape).</source>
        <translation type="unfinished">Yn cau&apos;r ffenestr hon ac yn cadw&apos;r cam fel yr oedd (Escape).</translation>
    </message>
</context>
<context>
    <name>ActionsModel</name>
    <message>
        <location filename="../../carerpassport/ui/models/actions_model.py" line="+20"/>
        <source>What was agreed</source>
        <extracomment>Translated when the model is made (``translate(&quot;ActionsModel&quot;, title)``).</extracomment>
        <translation type="unfinished">Beth y cytunwyd arno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation type="unfinished">Math</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who does it</source>
        <translation type="unfinished">Pwy sy&apos;n ei wneud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation type="unfinished">Statws</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreed on</source>
        <translation type="unfinished">Cytunwyd ar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start by</source>
        <translation type="unfinished">Dechrau erbyn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review on</source>
        <translation type="unfinished">Adolygu ar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shared?</source>
        <translation type="unfinished">Wedi&apos;i rannu?</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Shared</source>
        <extracomment>A value that sorts naturally (dates as ISO text, empty dates last); the proxy sorts by it. The action&apos;s id. The raw value for filtering (kind and status enum values). Whether an action or answer goes into what is exported for the line manager.</extracomment>
        <translation type="unfinished">Wedi&apos;i rannu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Private</source>
        <translation type="unfinished">Preifat</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Declined because: {reason}</source>
        <translation type="unfinished">Wedi&apos;i wrthod oherwydd: {reason}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{status}: {reason}</source>
        <extracomment>{status}: &quot;Declined&quot;; {reason}: why, as the employee wrote it.</extracomment>
        <translation type="unfinished">{status}: {reason}</translation>
    </message>
</context>
<context>
    <name>ActionsView</name>
    <message>
        <location filename="../../carerpassport/ui/views/actions_view.py" line="+79"/>
        <location line="+67"/>
        <source>Agreed actions</source>
        <translation type="unfinished">Camau y cytunwyd arnynt</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>What you and your line manager agreed, asked for or turned down. Only actions marked “Shared” go into what you export.</source>
        <translation type="unfinished">Yr hyn y cytunoch chi a&apos;ch rheolwr llinell arno, y gofynnoch amdano neu a wrthodwyd. Dim ond camau sydd wedi&apos;u marcio “Wedi&apos;i rannu” sy&apos;n mynd i mewn i&apos;r hyn rydych chi&apos;n ei allforio.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No actions yet. Press “Add action” (Ctrl+N) to record the first thing you and your manager agree, or something you want to ask for.</source>
        <translation type="unfinished">Dim camau eto. Pwyswch “Ychwanegu cam” (Ctrl+N) i gofnodi&apos;r peth cyntaf y byddwch chi a&apos;ch rheolwr yn cytuno arno, neu rywbeth rydych chi am ofyn amdano.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keys: Ctrl+N add · Enter edit · Ctrl+D decline · Delete remove · Ctrl+Z undo remove</source>
        <extracomment>The key names (Ctrl+N, Enter, Ctrl+D, Delete, Ctrl+Z) stay as they are: they are the keys.</extracomment>
        <translation type="unfinished">Bysellau: Ctrl+N ychwanegu · Enter golygu · Ctrl+D gwrthod · Delete tynnu · Ctrl+Z dadwneud tynnu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Last change</source>
        <translation type="unfinished">Y newid diwethaf</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+2"/>
        <source>Search actions</source>
        <translation type="unfinished">Chwilio&apos;r camau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shows only actions whose description, kind, owner or status contain these words.</source>
        <translation type="unfinished">Yn dangos dim ond y camau y mae eu disgrifiad, eu math, eu perchennog neu eu statws yn cynnwys y geiriau hyn.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All statuses</source>
        <translation type="unfinished">Pob statws</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show status</source>
        <translation type="unfinished">Dangos statws</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only actions with this status.</source>
        <translation type="unfinished">Dangos dim ond y camau sydd â&apos;r statws hwn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All kinds</source>
        <translation type="unfinished">Pob math</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show kind</source>
        <translation type="unfinished">Dangos math</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only actions of this kind.</source>
        <translation type="unfinished">Dangos dim ond y camau o&apos;r math hwn.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Arrow keys choose an action; Enter edits it; Ctrl+D declines it; Delete removes it. Click a column title, or focus it, to sort.</source>
        <translation type="unfinished">Mae&apos;r bysellau saeth yn dewis cam; mae Enter yn ei olygu; mae Ctrl+D yn ei wrthod; mae Delete yn ei dynnu. Cliciwch ar deitl colofn, neu rhowch y ffocws arno, i drefnu.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Add action…</source>
        <translation type="unfinished">Ychwanegu cam…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an agreed action (Ctrl+N or Insert).</source>
        <translation type="unfinished">Ychwanegu cam y cytunwyd arno (Ctrl+N neu Insert).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation type="unfinished">Golygu…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the selected action (Enter).</source>
        <translation type="unfinished">Newid y cam a ddewiswyd (Enter).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decline…</source>
        <translation type="unfinished">Gwrthod…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the selected action as declined, with the reason (Ctrl+D).</source>
        <translation type="unfinished">Marcio&apos;r cam a ddewiswyd fel un a wrthodwyd, gyda&apos;r rheswm (Ctrl+D).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove…</source>
        <translation type="unfinished">Tynnu…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected action (Delete). You can undo it.</source>
        <translation type="unfinished">Tynnu&apos;r cam a ddewiswyd (Delete). Gallwch ddadwneud hyn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo remove</source>
        <translation type="unfinished">Dadwneud tynnu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring back the action you removed last (Ctrl+Z).</source>
        <translation type="unfinished">Dod â&apos;r cam a dynnoch chi ddiwethaf yn ôl (Ctrl+Z).</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>Choose an action in the table first (arrow keys), then try again.</source>
        <translation type="unfinished">Dewiswch gam yn y tabl yn gyntaf (bysellau saeth), yna rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Added “{action}”.</source>
        <extracomment>{action}: the start of the action&apos;s description, as the employee wrote it.</extracomment>
        <translation type="unfinished">Wedi ychwanegu “{action}”.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Declined “{action}”.</source>
        <translation type="unfinished">Wedi gwrthod “{action}”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved “{action}”.</source>
        <translation type="unfinished">Wedi cadw “{action}”.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Remove this action?</source>
        <translation type="unfinished">Tynnu&apos;r cam hwn?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove “{action}” from your passport?</source>
        <translation type="unfinished">Tynnu “{action}” o&apos;ch pasbort?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You can bring it back with “Undo remove” (Ctrl+Z), and every earlier version stays in History.</source>
        <translation type="unfinished">Gallwch ddod ag ef yn ôl gyda “Dadwneud tynnu” (Ctrl+Z), ac mae pob fersiwn gynharach yn aros yn yr Hanes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation type="unfinished">Tynnu</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Could not remove the action: {reason}</source>
        <extracomment>{reason}: why, a whole sentence.</extracomment>
        <translation type="unfinished">Methu tynnu&apos;r cam: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Removed “{action}”. Press “Undo remove” (Ctrl+Z) to bring it back.</source>
        <translation type="unfinished">Wedi tynnu “{action}”. Pwyswch “Dadwneud tynnu” (Ctrl+Z) i ddod ag ef yn ôl.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not bring the action back: {reason}</source>
        <translation type="unfinished">Methu dod â&apos;r cam yn ôl: {reason}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Brought back “{action}”.</source>
        <translation type="unfinished">Wedi dod â “{action}” yn ôl.</translation>
    </message>
</context>
<context>
    <name>AgreementConfirm</name>
    <message>
        <location filename="../../carerpassport/ui/dialogs/agreement_confirm.py" line="+24"/>
        <source>Outside your sharing agreement</source>
        <translation type="unfinished">Y tu allan i&apos;ch cytundeb rhannu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>If you share it, your log records that you confirmed it. You can change your sharing agreement on the Passport page.</source>
        <translation type="unfinished">Os byddwch chi&apos;n ei rannu, bydd eich log yn cofnodi eich bod wedi cadarnhau hynny. Gallwch newid eich cytundeb rhannu ar dudalen y Pasbort.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Share it anyway</source>
        <translation type="unfinished">&amp;Rhannu beth bynnag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No, don&apos;t share it</source>
        <translation type="unfinished">&amp;Na, peidiwch â&apos;i rannu</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>My line manager</source>
        <extracomment>How a dialog asks (replaced in tests): the parent and the agreement&apos;s decision; True to share anyway.</extracomment>
        <translation type="unfinished">Fy rheolwr llinell</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{kind} (name them below)</source>
        <extracomment>{kind}: &quot;Someone else&quot;: the one choice whose name is typed in a box under the list.</extracomment>
        <translation type="unfinished">{kind} (rhowch eu henw isod)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who is this for?</source>
        <translation type="unfinished">I bwy mae hwn?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The kind of person this copy is for. Your sharing agreement says who may have it; you are asked to confirm anyone it does not allow.</source>
        <translation type="unfinished">Y math o berson y mae&apos;r copi hwn ar ei gyfer. Mae eich cytundeb rhannu yn dweud pwy gaiff ei gael; gofynnir i chi gadarnhau unrhyw un nad yw&apos;n ei ganiatáu.</translation>
    </message>
</context>
<context>
    <name>AgreementLine</name>
    <message>
        <location filename="../../carerpassport/ui/widgets/agreement_line.py" line="+30"/>
        <source>Agreement with your manager</source>
        <translation type="unfinished">Cytundeb gyda&apos;ch rheolwr</translation>
    </message>
</context>
<context>
    <name>AgreementPage</name>
    <message>
        <location filename="../../carerpassport/ui/dialogs/review_wizard.py" line="+268"/>
        <source>Your sharing agreement</source>
        <translation type="unfinished">Eich cytundeb rhannu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Does it still hold?</source>
        <translation type="unfinished">Ydy e&apos;n dal yn wir?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your sharing agreement now</source>
        <translation type="unfinished">Eich cytundeb rhannu nawr</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who else may be given your passport, and how long your manager keeps their copy.</source>
        <translation type="unfinished">Pwy arall all gael eich pasbort, a pha mor hir y mae eich rheolwr yn cadw ei gopi.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>When you finish the review, the Passport page opens so you can change the agreement; then export again for your manager.</source>
        <translation type="unfinished">Pan fyddwch chi&apos;n gorffen yr adolygiad, bydd tudalen y Pasbort yn agor er mwyn i chi newid y cytundeb; yna allforiwch eto i&apos;ch rheolwr.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your manager keeps their copy: {until}</source>
        <translation type="unfinished">Mae eich rheolwr yn cadw ei gopi: {until}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It is included in what you export.</source>
        <translation type="unfinished">Mae wedi&apos;i gynnwys yn yr hyn rydych chi&apos;n ei allforio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It is not included in what you export.</source>
        <translation type="unfinished">Nid yw wedi&apos;i gynnwys yn yr hyn rydych chi&apos;n ei allforio.</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../carerpassport/ui/dialogs/backup_dialog.py" line="+50"/>
        <source>My &amp;recovery code</source>
        <translation type="unfinished">Fy &amp;nghod adfer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use my recovery code</source>
        <translation type="unfinished">Defnyddio fy nghod adfer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The code shown when the vault was created.</source>
        <translation type="unfinished">Y cod a ddangoswyd pan grëwyd y gladdgell.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A pass&amp;phrase</source>
        <translation type="unfinished">Cyfrinymadr&amp;odd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use a passphrase</source>
        <translation type="unfinished">Defnyddio cyfrinymadrodd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A passphrase for this backup only.</source>
        <translation type="unfinished">Cyfrinymadrodd ar gyfer y copi wrth gefn hwn yn unig.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The passphrase the backup was locked with.</source>
        <translation type="unfinished">Y cyfrinymadrodd y cafodd y copi wrth gefn ei gloi ag ef.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recovery code</source>
        <translation type="unfinished">Cod adfer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Six groups of five letters and digits, like ABCDE-FGHIJ-…</source>
        <translation type="unfinished">Chwe grŵp o bum llythyren a digid, fel ABCDE-FGHIJ-…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Passphrase</source>
        <translation type="unfinished">Cyfrinymadrodd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The backup&apos;s passphrase.</source>
        <translation type="unfinished">Cyfrinymadrodd y copi wrth gefn.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Generate</source>
        <translation type="unfinished">Cynhyrch&amp;u</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generate a passphrase</source>
        <translation type="unfinished">Cynhyrchu cyfrinymadrodd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make a strong random passphrase and show it.</source>
        <translation type="unfinished">Gwneud cyfrinymadrodd cryf ar hap a&apos;i ddangos.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Passphrase strength</source>
        <translation type="unfinished">Cryfder y cyfrinymadrodd</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>At least {length} characters and about {bits} bits.</source>
        <translation type="unfinished">O leiaf {length} nod a thua {bits} did.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Strength: {strength} (about {bits} bits).</source>
        <extracomment>{strength} is the strength&apos;s word (weak, fair, strong…).</extracomment>
        <translation type="unfinished">Cryfder: {strength} (tua {bits} did).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Close this window.</source>
        <translation type="unfinished">Cau&apos;r ffenestr hon.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Back up my vault</source>
        <translation type="unfinished">Gwneud copi wrth gefn o&apos;m claddgell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save an encrypted copy of everything in your vault.</source>
        <translation type="unfinished">Cadw copi wedi&apos;i amgryptio o bopeth yn eich claddgell.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The backup holds every version of your passport, your log and your signing identity. It is encrypted: lock it with your recovery code, or with a passphrase you keep safe. Keep it somewhere other than this computer.</source>
        <translation type="unfinished">Mae&apos;r copi wrth gefn yn cynnwys pob fersiwn o&apos;ch pasbort, eich log a&apos;ch hunaniaeth llofnodi. Mae wedi&apos;i amgryptio: clowch ef gyda&apos;ch cod adfer, neu gyda chyfrinymadrodd rydych chi&apos;n ei gadw&apos;n ddiogel. Cadwch ef yn rhywle heblaw&apos;r cyfrifiadur hwn.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Save backup…</source>
        <translation type="unfinished">Cadw&apos;r copi &amp;wrth gefn…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose where to save the backup file.</source>
        <translation type="unfinished">Dewiswch ble i gadw&apos;r ffeil copi wrth gefn.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save the backup</source>
        <extracomment>The suggested file name, without its ending (.backup.age).</extracomment>
        <translation type="unfinished">Cadw&apos;r copi wrth gefn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>passport vault</source>
        <translation type="unfinished">claddgell pasbort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vault backups (*{suffix})</source>
        <translation type="unfinished">Copïau wrth gefn o&apos;r gladdgell (*{suffix})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Backing up…</source>
        <translation type="unfinished">Wrthi&apos;n gwneud copi wrth gefn…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved to {path}. Versions: {revisions}; log entries: {events}; stored files: {attachments}.</source>
        <translation type="unfinished">Wedi&apos;i gadw yn {path}. Fersiynau: {revisions}; cofnodion log: {events}; ffeiliau wedi&apos;u storio: {attachments}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not backed up: {reason}</source>
        <translation type="unfinished">Dim copi wrth gefn: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the backup could not be written.</source>
        <translation type="unfinished">nid oedd modd ysgrifennu&apos;r copi wrth gefn.</translation>
    </message>
</context>
<context>
    <name>CarerFirstSteps</name>
    <message>
        <location filename="../../carerpassport/ui/widgets/first_steps.py" line="+21"/>
        <source>Your first steps</source>
        <translation type="unfinished">Eich camau cyntaf</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write your answers</source>
        <extracomment>(what to do, where): one line each; the menu paths are the ones the window shows (translated when shown).</extracomment>
        <translation type="unfinished">Ysgrifennwch eich atebion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the guidance beside each question helps</source>
        <translation type="unfinished">mae&apos;r canllawiau wrth ymyl pob cwestiwn yn helpu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose what to share</source>
        <extracomment>&quot;Shared on export&quot; is the tag on each answer of the Passport page: use the same words as there.</extracomment>
        <translation type="unfinished">Dewiswch beth i&apos;w rannu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mark “Shared on export” on the answers your manager should see</source>
        <translation type="unfinished">marciwch “Wedi&apos;i rannu wrth allforio” ar yr atebion y dylai eich rheolwr eu gweld</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export a signed copy for your manager (Ctrl+E)</source>
        <extracomment>&quot;File › Export for my manager…&quot; is the menu path: the same words as the menu.</extracomment>
        <translation type="unfinished">Allforiwch gopi wedi&apos;i lofnodi ar gyfer eich rheolwr (Ctrl+E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File › Export for my manager…</source>
        <translation type="unfinished">Ffeil › Allforio ar gyfer fy rheolwr…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import the copy they countersign (Ctrl+I)</source>
        <translation type="unfinished">Mewnforiwch y copi y maen nhw&apos;n ei gydlofnodi (Ctrl+I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File › Import countersigned copy…</source>
        <translation type="unfinished">Ffeil › Mewnforio copi wedi&apos;i gydlofnodi…</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+1"/>
        <source>Hide these steps</source>
        <extracomment>The employee hid the steps (the page shows its status line in their place).</extracomment>
        <translation type="unfinished">Cuddio&apos;r camau hyn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop showing your first steps on this page.</source>
        <translation type="unfinished">Peidio â dangos eich camau cyntaf ar y dudalen hon.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>step {number}: {what} ({where}), done</source>
        <extracomment>For screen readers: {number} is the step&apos;s number, {what} what to do, {where} where to find it.</extracomment>
        <translation type="unfinished">cam {number}: {what} ({where}), wedi&apos;i wneud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>step {number}: {what} ({where})</source>
        <translation type="unfinished">cam {number}: {what} ({where})</translation>
    </message>
</context>
<context>
    <name>ChangeManagerDialog</name>
    <message>
        <location filename="../../carerpassport/ui/dialogs/change_manager_dialog.py" line="+60"/>
        <source>A new line manager</source>
        <extracomment>The purpose the sharing log records for the export (data, in English like the log&apos;s other entries). Asks before a share the sharing agreement does not allow (replaced in tests).</extracomment>
        <translation type="unfinished">Rheolwr llinell newydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record your new line manager and choose what they see.</source>
        <translation type="unfinished">Cofnodwch eich rheolwr llinell newydd a dewiswch beth maen nhw&apos;n ei weld.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Earlier arrangements need to be agreed again</source>
        <translation type="unfinished">Mae angen cytuno ar drefniadau cynharach eto</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New line manager&apos;s name</source>
        <translation type="unfinished">Enw&apos;r rheolwr llinell newydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Required.</source>
        <translation type="unfinished">Gofynnol.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New line manager&apos;s contact</source>
        <translation type="unfinished">Manylion cyswllt y rheolwr llinell newydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional: an email address or phone number.</source>
        <translation type="unfinished">Dewisol: cyfeiriad e-bost neu rif ffôn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation type="unfinished">&amp;Enw:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ontact (optional):</source>
        <translation type="unfinished">&amp;Cyswllt (dewisol):</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export for the new manager now</source>
        <translation type="unfinished">Allforio ar gyfer y rheolwr newydd nawr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Untick to record the new manager and export later.</source>
        <translation type="unfinished">Dad-diciwch i gofnodi&apos;r rheolwr newydd ac allforio&apos;n nes ymlaen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export a signed PDF of the chosen answers for them now</source>
        <translation type="unfinished">&amp;Allforio PDF wedi&apos;i lofnodi o&apos;r atebion a ddewiswyd ar eu cyfer nawr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished">&amp;Pori…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose where to save the PDF</source>
        <translation type="unfinished">Dewiswch ble i gadw&apos;r PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opens a file chooser.</source>
        <translation type="unfinished">Yn agor dewisydd ffeiliau.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Where to save the PDF</source>
        <translation type="unfinished">Ble i gadw&apos;r PDF</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Record new manager</source>
        <translation type="unfinished">C&amp;ofnodi rheolwr newydd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record new manager</source>
        <translation type="unfinished">Cofnodi rheolwr newydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the new manager and, if chosen, export the PDF.</source>
        <translation type="unfinished">Cadw&apos;r rheolwr newydd ac, os dewiswyd hynny, allforio&apos;r PDF.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Cancel</source>
        <translation type="unfinished">Diddymu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What may your new manager see?</source>
        <translation type="unfinished">Beth gaiff eich rheolwr newydd ei weld?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing is shared until you tick it, whatever your previous manager saw. Your usual share choices stay as they are.</source>
        <translation type="unfinished">Does dim yn cael ei rannu nes i chi ei dicio, beth bynnag a welodd eich rheolwr blaenorol. Mae eich dewisiadau rhannu arferol yn aros fel y maen nhw.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Answers you could share</source>
        <translation type="unfinished">Atebion y gallech eu rhannu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick each answer your new manager may see.</source>
        <translation type="unfinished">Ticiwch bob ateb y caiff eich rheolwr newydd ei weld.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{label} (private)</source>
        <extracomment>{label} is a question of the passport.</extracomment>
        <translation type="unfinished">{label} (preifat)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share: {label}</source>
        <translation type="unfinished">Rhannu: {label}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick to include this answer in the PDF for your new manager.</source>
        <translation type="unfinished">Ticiwch i gynnwys yr ateb hwn yn y PDF ar gyfer eich rheolwr newydd.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Agreed actions (the ones you marked as shared)</source>
        <translation type="unfinished">Camau y cytunwyd arnynt (y rhai a farciwyd gennych i&apos;w rhannu)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share: agreed actions</source>
        <translation type="unfinished">Rhannu: camau y cytunwyd arnynt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you agreed with your previous manager, for your new manager to see. It does not mean they agree to continue it.</source>
        <translation type="unfinished">Yr hyn y cytunoch arno gyda&apos;ch rheolwr blaenorol, i&apos;ch rheolwr newydd ei weld. Nid yw&apos;n golygu eu bod yn cytuno i&apos;w barhau.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You have not answered any questions yet.</source>
        <translation type="unfinished">Nid ydych wedi ateb unrhyw gwestiynau eto.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save the PDF for your new manager</source>
        <translation type="unfinished">Cadw&apos;r PDF ar gyfer eich rheolwr newydd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished">Ffeiliau PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choose where to save the PDF, or untick “Export … now”.</source>
        <translation type="unfinished">Dewiswch ble i gadw&apos;r PDF, neu dad-diciwch “Allforio … nawr”.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing was changed: your sharing agreement does not allow a new manager to have your passport and you did not confirm it. Your log records that.</source>
        <translation type="unfinished">Ni newidiwyd dim: nid yw eich cytundeb rhannu yn caniatáu i reolwr newydd gael eich pasbort ac ni wnaethoch chi gadarnhau hynny. Mae eich log yn cofnodi hynny.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Signing the PDF…</source>
        <translation type="unfinished">Yn llofnodi&apos;r PDF…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Your new manager is recorded, but the PDF was not saved: {reason} Fix it and press the button again to export.</source>
        <extracomment>{reason} says why the PDF was not saved.</extracomment>
        <translation type="unfinished">Mae eich rheolwr newydd wedi&apos;i gofnodi, ond ni chadwyd y PDF: {reason} Cywirwch hynny a phwyswch y botwm eto i allforio.</translation>
    </message>
</context>
<context>
    <name>ChangePage</name>
    <message>
        <location filename="../../carerpassport/ui/dialogs/flexible_request_wizard.py" line="+225"/>
        <source>The change you are asking for</source>
        <translation type="unfinished">Y newid rydych yn gofyn amdano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say what you would like to change and from when. Your employer must consider it and talk to you before refusing.</source>
        <translation type="unfinished">Dywedwch beth hoffech ei newid ac o bryd. Rhaid i&apos;ch cyflogwr ei ystyried a siarad â chi cyn gwrthod.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What to change</source>
        <translation type="unfinished">Beth i&apos;w newid</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>My &amp;hours</source>
        <translation type="unfinished">Fy &amp;oriau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My &amp;times</source>
        <translation type="unfinished">Fy &amp;amseroedd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Where I work</source>
        <translation type="unfinished">&amp;Ble rwy&apos;n gweithio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change {what}</source>
        <translation type="unfinished">Newid {what}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The &amp;change, in your words:</source>
        <translation type="unfinished">Y ne&amp;wid, yn eich geiriau chi:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>For example: start at 10:00 and finish at 18:00 on Tuesdays and Thursdays.</source>
        <translation type="unfinished">Er enghraifft: dechrau am 10:00 a gorffen am 18:00 ar ddydd Mawrth a dydd Iau.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The change, in your words</source>
        <translation type="unfinished">Y newid, yn eich geiriau chi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What your working pattern would be.</source>
        <translation type="unfinished">Beth fyddai eich patrwm gwaith.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Start date of the change</source>
        <translation type="unfinished">Dyddiad dechrau&apos;r newid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Start from:</source>
        <translation type="unfinished">&amp;Dechrau o:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Date on the letter</source>
        <translation type="unfinished">Dyddiad ar y llythyr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date on the letter:</source>
        <translation type="unfinished">Dyddiad ar y &amp;llythyr:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Earlier requests</source>
        <translation type="unfinished">Ceisiadau cynharach</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Earlier requests (from your record): {sentence}</source>
        <translation type="unfinished">Ceisiadau cynharach (o&apos;ch cofnod): {sentence}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Add {missing}.</source>
        <extracomment>{missing} lists what the request still lacks, separated by semicolons.</extracomment>
        <translation type="unfinished">Ychwanegwch {missing}.</translation>
    </message>
</context>
<context>
    <name>ChangesModel</name>
    <message>
        <location filename="../../carerpassport/ui/models/changes_model.py" line="+29"/>
        <source>(nothing)</source>
        <translation type="unfinished">(dim byd)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(empty)</source>
        <translation type="unfinished">(gwag)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>description</source>
        <extracomment>The parts of an action, as a change names them (translated when shown).</extracomment>
        <translation type="unfinished">disgrifiad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kind</source>
        <translation type="unfinished">math</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>who does it</source>
        <translation type="unfinished">pwy sy&apos;n ei wneud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>status</source>
        <translation type="unfinished">statws</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reason declined</source>
        <translation type="unfinished">rheswm dros wrthod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date agreed</source>
        <translation type="unfinished">dyddiad cytuno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>start by</source>
        <translation type="unfinished">dechrau erbyn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>review on</source>
        <translation type="unfinished">adolygu ar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shared with manager?</source>
        <translation type="unfinished">wedi&apos;i rannu gyda&apos;r rheolwr?</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Yes</source>
        <translation type="unfinished">Ie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation type="unfinished">Na</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>who: {name}</source>
        <extracomment>{name}: who does the action.</extracomment>
        <translation type="unfinished">pwy: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shared</source>
        <translation type="unfinished">wedi&apos;i rannu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>private</source>
        <translation type="unfinished">preifat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{what} ({details})</source>
        <extracomment>An action in one line: {what} it is, then {details} (kind, status, who, shared or private).</extracomment>
        <translation type="unfinished">{what} ({details})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Untitled</source>
        <translation type="unfinished">Heb deitl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, </source>
        <translation type="unfinished">, </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{question}: shared with manager?</source>
        <extracomment>{question}: a question of the passport.</extracomment>
        <translation type="unfinished">{question}: wedi&apos;i rannu gyda&apos;r rheolwr?</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Action added</source>
        <translation type="unfinished">Cam wedi&apos;i ychwanegu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action removed</source>
        <translation type="unfinished">Cam wedi&apos;i dynnu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{action}: {part}</source>
        <extracomment>{action}: an action, as Action “Start at 10:00…”; {part}: which part of it changed, as &quot;start by&quot;.</extracomment>
        <translation type="unfinished">{action}: {part}</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+5"/>
        <source>What</source>
        <translation type="unfinished">Beth</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+7"/>
        <source>Before</source>
        <translation type="unfinished">Cyn</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+8"/>
        <source>After</source>
        <translation type="unfinished">Ar ôl</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Before (version {number})</source>
        <translation type="unfinished">Cyn (fersiwn {number})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After (version {number})</source>
        <translation type="unfinished">Ar ôl (fersiwn {number})</translation>
    </message>
</context>
<context>
    <name>ChecklistDialog</name>
    <message>
        <location filename="../../carerpassport/ui/dialogs/checklist_dialog.py" line="+34"/>
        <source>Save your checklist</source>
        <translation type="unfinished">Cadw eich rhestr wirio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished">Ffeiliau PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The checklist could not be saved.</source>
        <translation type="unfinished">Nid oedd modd cadw&apos;r rhestr wirio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prepare for a conversation</source>
        <translation type="unfinished">Paratoi ar gyfer sgwrs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preparation checklist</source>
        <translation type="unfinished">Rhestr wirio baratoi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Questions to think about before you meet your manager.</source>
        <translation type="unfinished">Cwestiynau i feddwl amdanynt cyn i chi gwrdd â&apos;ch rheolwr.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{private} It may show answers you keep private.</source>
        <extracomment>{private} is the checklist&apos;s own heading line saying it is private (from the checklist&apos;s text).</extracomment>
        <translation type="unfinished">{private} Gall ddangos atebion rydych chi&apos;n eu cadw&apos;n breifat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The checklist</source>
        <translation type="unfinished">Y rhestr wirio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished">&amp;Cadw fel PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the checklist as a PDF</source>
        <translation type="unfinished">Cadw&apos;r rhestr wirio fel PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A printable copy, for you only.</source>
        <translation type="unfinished">Copi i&apos;w argraffu, i chi yn unig.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved to {path}. Print it for yourself; it is not for your manager.</source>
        <extracomment>{path} is the file&apos;s full name.</extracomment>
        <translation type="unfinished">Wedi&apos;i gadw yn {path}. Argraffwch ef i chi&apos;ch hun; nid yw ar gyfer eich rheolwr.</translation>
    </message>
</context>
<context>
    <name>CountersignDialog</name>
    <message>
        <location filename="../../carerpassport/ui/dialogs/countersign_dialog.py" line="+87"/>
        <source>Countersign a passport</source>
        <extracomment>How long typing pauses before the comment&apos;s draft is kept (it is kept on cancel and close as well). Emitted with the :class:`CountersignResult` once the countersigned copy is saved. The passport file whose comment is being written (its SHA-256), while it is not signed.</extracomment>
        <translation type="unfinished">Cydlofnodi pasbort</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Manager mode: check an employee&apos;s signed passport, add your comment and countersign it with your own identity.</source>
        <translation type="unfinished">Modd rheolwr: gwirio pasbort wedi&apos;i lofnodi gan gyflogai, ychwanegu eich sylw a&apos;i gydlofnodi â&apos;ch hunaniaeth eich hun.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The passport and your countersignature</source>
        <translation type="unfinished">Y pasbort a&apos;ch cydlofnod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scroll to see all of it; the buttons stay below.</source>
        <translation type="unfinished">Sgroliwch i weld y cyfan; mae&apos;r botymau&apos;n aros isod.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open the passport PDF your employee sent you. It is checked first: who signed it and that nothing was changed since.</source>
        <translation type="unfinished">Agorwch y PDF pasbort a anfonodd eich cyflogai atoch. Caiff ei wirio yn gyntaf: pwy a&apos;i llofnododd ac nad oes dim wedi newid ers hynny.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Open PDF…</source>
        <translation type="unfinished">&amp;Agor PDF…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open PDF</source>
        <translation type="unfinished">Agor PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the employee&apos;s signed passport PDF.</source>
        <translation type="unfinished">Dewiswch PDF pasbort y cyflogai sydd wedi&apos;i lofnodi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened file</source>
        <translation type="unfinished">Y ffeil a agorwyd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The employee&apos;s passport PDF.</source>
        <translation type="unfinished">PDF pasbort y cyflogai.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No file opened</source>
        <translation type="unfinished">Dim ffeil wedi&apos;i hagor</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Working</source>
        <translation type="unfinished">Wrthi&apos;n gweithio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shown while the file is checked or signed.</source>
        <translation type="unfinished">Yn cael ei ddangos tra bo&apos;r ffeil yn cael ei gwirio neu ei llofnodi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verification</source>
        <translation type="unfinished">Gwirio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who signed the passport and whether it is intact.</source>
        <translation type="unfinished">Pwy a lofnododd y pasbort ac a yw&apos;n gyfan.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The passport is shown here once it is opened and checked.</source>
        <translation type="unfinished">Bydd y pasbort yn cael ei ddangos yma ar ôl iddo gael ei agor a&apos;i wirio.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>For example: Agreed as discussed on 12 November; we review in a year.</source>
        <translation type="unfinished">Er enghraifft: Cytunwyd fel y trafodwyd ar 12 Tachwedd; byddwn yn adolygu ymhen blwyddyn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your comment</source>
        <translation type="unfinished">Eich sylw</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your comment as line manager (at most {count} characters). It is kept in your vault until you countersign, even if you cancel.</source>
        <translation type="unfinished">Eich sylw fel rheolwr llinell ({count} nod ar y mwyaf). Caiff ei gadw yn eich claddgell nes i chi gydlofnodi, hyd yn oed os byddwch chi&apos;n diddymu.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your name</source>
        <translation type="unfinished">Eich enw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your name as it appears beside your signature.</source>
        <translation type="unfinished">Eich enw fel y mae&apos;n ymddangos wrth ymyl eich llofnod.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep a copy in my vault (only I can open it)</source>
        <translation type="unfinished">Cadw copi yn fy nghladdgell (dim ond fi all ei agor)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep a copy</source>
        <translation type="unfinished">Cadw copi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the countersigned copy in your own encrypted vault.</source>
        <translation type="unfinished">Cadw&apos;r copi wedi&apos;i gydlofnodi yn eich claddgell eich hun sydd wedi&apos;i hamgryptio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your &amp;comment:</source>
        <translation type="unfinished">Eich &amp;sylw:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your &amp;name:</source>
        <translation type="unfinished">Eich &amp;enw:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status</source>
        <translation type="unfinished">Statws</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Progress and problems.</source>
        <translation type="unfinished">Cynnydd a phroblemau.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Countersign and &amp;save…</source>
        <translation type="unfinished">Cydlofnodi a &amp;chadw…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Countersign and save</source>
        <translation type="unfinished">Cydlofnodi a chadw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign with your identity and save the countersigned copy.</source>
        <translation type="unfinished">Llofnodi â&apos;ch hunaniaeth a chadw&apos;r copi wedi&apos;i gydlofnodi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Cancel</source>
        <translation type="unfinished">Diddymu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close without signing; your comment is kept for next time.</source>
        <translation type="unfinished">Cau heb lofnodi; caiff eich sylw ei gadw ar gyfer y tro nesaf.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Read it once more, add your comment and countersign it with your own identity.</source>
        <translation type="unfinished">Darllenwch ef unwaith eto, ychwanegwch eich sylw a&apos;i gydlofnodi â&apos;ch hunaniaeth eich hun.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open the employee&apos;s passport PDF</source>
        <translation type="unfinished">Agor PDF pasbort y cyflogai</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+109"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished">Ffeiliau PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>Checking…</source>
        <translation type="unfinished">Wrthi&apos;n gwirio…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Signed by {name}; certificate fingerprint {fingerprint}. Unchanged since it was signed. {familiarity}</source>
        <extracomment>{familiarity} is a sentence on whether you know this certificate already.</extracomment>
        <translation type="unfinished">Wedi&apos;i lofnodi gan {name}; ôl bys y dystysgrif {fingerprint}. Heb newid ers ei lofnodi. {familiarity}</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Your comment from last time is back; it was not signed yet.</source>
        <translation type="unfinished">Mae eich sylw o&apos;r tro diwethaf yn ôl; nid yw wedi&apos;i lofnodi eto.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Your comment could not be kept for later: {reason}</source>
        <translation type="unfinished">Nid oedd modd cadw eich sylw ar gyfer yn nes ymlaen: {reason}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>employee</source>
        <translation type="unfinished">cyflogai</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} passport</source>
        <extracomment>The start of a file&apos;s name, for example &quot;Siân Jones passport&quot;.</extracomment>
        <translation type="unfinished">pasbort {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the countersigned copy</source>
        <extracomment>A file&apos;s name; {stem} is the opened file&apos;s name without &quot;.pdf&quot;.</extracomment>
        <translation type="unfinished">Cadw&apos;r copi wedi&apos;i gydlofnodi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{stem}-countersigned.pdf</source>
        <translation type="unfinished">{stem}-wedi-cydlofnodi.pdf</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Signing…</source>
        <translation type="unfinished">Wrthi&apos;n llofnodi…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Countersigned and saved to {path}. Give it back to {name}.</source>
        <translation type="unfinished">Wedi&apos;i gydlofnodi a&apos;i gadw yn {path}. Rhowch ef yn ôl i {name}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A copy is kept in your vault.</source>
        <translation type="unfinished">Mae copi wedi&apos;i gadw yn eich claddgell.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Close</source>
        <translation type="unfinished">Cau</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not use the file: {reason}.</source>
        <translation type="unfinished">Nid oedd modd defnyddio&apos;r ffeil: {reason}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was signed.</source>
        <translation type="unfinished">Ni lofnodwyd dim.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file was not checked.</source>
        <translation type="unfinished">Ni chafodd y ffeil ei gwirio.</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <location filename="../../carerpassport/ui/dates.py" line="+27"/>
        <source>{date} at {time}</source>
        <extracomment>For QDateEdit.setDisplayFormat: the same shape as :func:`readable`. A moment: {date} is a date (&quot;1 December 2026&quot;), {time} the time on a 24-hour clock (&quot;14:05&quot;).</extracomment>
        <translation type="unfinished">{date} am {time}</translation>
    </message>
</context>
<context>
    <name>DaysEditor</name>
    <message>
        <location filename="../../carerpassport/ui/dialogs/leave_dialogs.py" line="+102"/>
        <source>{what}: date</source>
        <translation type="unfinished">{what}: dyddiad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The date to add (type it or open the calendar with Alt+Down).</source>
        <translation type="unfinished">Y dyddiad i&apos;w ychwanegu (teipiwch ef neu agorwch y calendr gydag Alt+Down).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Whole day</source>
        <translation type="unfinished">Diwrnod cyfan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Half day</source>
        <translation type="unfinished">Hanner diwrnod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what}: whole or half day</source>
        <translation type="unfinished">{what}: diwrnod cyfan neu hanner diwrnod</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add day</source>
        <translation type="unfinished">&amp;Ychwanegu diwrnod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add this day to {what}</source>
        <translation type="unfinished">Ychwanegu&apos;r diwrnod hwn at {what}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The chosen days. Delete removes the selected one.</source>
        <translation type="unfinished">Y diwrnodau a ddewiswyd. Mae Delete yn tynnu&apos;r un a ddewiswyd.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Remove day</source>
        <translation type="unfinished">&amp;Tynnu diwrnod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected day from {what}</source>
        <translation type="unfinished">Tynnu&apos;r diwrnod a ddewiswyd o {what}</translation>
    </message>
</context>
<context>
    <name>DueBanner</name>
    <message>
        <location filename="../../carerpassport/ui/widgets/due_banner.py" line="+32"/>
        <source>overdue since {date}</source>
        <extracomment>{date} is a date, e.g. &quot;1 November 2026&quot;.</extracomment>
        <translation type="unfinished">yn hwyr ers {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>due today</source>
        <translation type="unfinished">yn ddyledus heddiw</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>due in 1 day ({date})</source>
        <translation type="unfinished">yn ddyledus ymhen 1 diwrnod ({date})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>due in {count} days ({date})</source>
        <translation type="unfinished">yn ddyledus ymhen {count} diwrnod ({date})</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+1"/>
        <location line="+79"/>
        <source>Start a review</source>
        <translation type="unfinished">Dechrau adolygiad</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>Go through your passport section by section and check it is still right.</source>
        <translation type="unfinished">Ewch drwy eich pasbort fesul adran a gwiriwch ei fod yn dal yn gywir.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+71"/>
        <source>Reviews due</source>
        <translation type="unfinished">Adolygiadau sy&apos;n ddyledus</translation>
    </message>
    <message>
        <location line="-64"/>
        <location line="+26"/>
        <source>You started a review and have not finished it yet.</source>
        <translation type="unfinished">Fe ddechreuoch adolygiad ac nid ydych wedi&apos;i orffen eto.</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>{what}: {when}</source>
        <extracomment>One item due: {what} is what is due (a question, an agreed action), {when} e.g. &quot;due today&quot;.</extracomment>
        <translation type="unfinished">{what}: {when}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Time to review your passport. {items}.</source>
        <extracomment>{items} lists what is due, separated by semicolons.</extracomment>
        <translation type="unfinished">Mae&apos;n amser adolygu eich pasbort. {items}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A review is coming up. {items}.</source>
        <translation type="unfinished">Mae adolygiad ar y gorwel. {items}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Time to review: {what}, {when}.</source>
        <extracomment>{what} is what is due (a question, an agreed action); {when} e.g. &quot;due in 5 days (…)&quot;.</extracomment>
        <translation type="unfinished">Amser adolygu: {what}, {when}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A review is coming up: {what}, {when}.</source>
        <translation type="unfinished">Adolygiad ar y gorwel: {what}, {when}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your review is not finished.</source>
        <translation type="unfinished">Nid yw eich adolygiad wedi&apos;i orffen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Time to review: {overdue} overdue since {date} and {soon} due soon.</source>
        <extracomment>{overdue} and {soon} are numbers of items; {date} the earliest date overdue.</extracomment>
        <translation type="unfinished">Amser adolygu: {overdue} yn hwyr ers {date} a {soon} yn ddyledus cyn bo hir.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time to review: {overdue} overdue since {date}.</source>
        <translation type="unfinished">Amser adolygu: {overdue} yn hwyr ers {date}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A review is coming up: {soon} due soon.</source>
        <translation type="unfinished">Adolygiad ar y gorwel: {soon} yn ddyledus cyn bo hir.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Continue the review</source>
        <translation type="unfinished">Parhau â&apos;r adolygiad</translation>
    </message>
</context>
<context>
    <name>EditorView</name>
    <message>
        <location filename="../../carerpassport/ui/views/editor_view.py" line="+77"/>
        <source>You and your line manager</source>
        <extracomment>...but never later than this after the first unsaved keystroke (bounds what a kill can lose). The save states (codes, sent by ``save_state_changed``; what is shown for each is :meth:`EditorView._show_state`&apos;s). Question cards made per turn of the event loop once a section is shown (~10-30 ms each, laid out). The editor&apos;s own pages (in English; shown through ``translate(&quot;EditorView&quot;, …)``).</extracomment>
        <translation type="unfinished">Chi a&apos;ch rheolwr llinell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private notes (never exported)</source>
        <translation type="unfinished">Nodiadau preifat (byth yn cael eu hallforio)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No longer on your employer&apos;s form</source>
        <translation type="unfinished">Nid yw ar ffurflen eich cyflogwr mwyach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policies and contacts</source>
        <translation type="unfinished">Polisïau a chysylltiadau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No longer asked</source>
        <extracomment>The former answers&apos; entry in the section list: the page&apos;s title was elided there at 200 % (seen on Xvfb).</extracomment>
        <translation type="unfinished">Ddim yn cael eu gofyn mwyach</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Passport sections</source>
        <extracomment>Makes one page, showing the passport as it is now, inside the given parent. The employer&apos;s form as it is shown: its questions and guidance in the GUI&apos;s language where the form has them (ids are the same in every language, so answers are too). Every question&apos;s card by field id; looking one up makes it (and its page) if needed. Why the last save failed, without the reassurance the status line adds (what the main window says when asked to lock or quit with a change unsaved); &quot;&quot; when everything is saved. Where the passport stands with the manager (agreed, changed since, not yet): read again after each save and whenever the page is refreshed (after an import, a review, a restore). The carer&apos;s first steps while the passport is new (gone once all are done, or hidden).</extracomment>
        <translation type="unfinished">Adrannau&apos;r pasbort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the up and down arrow keys to choose a section, then Enter to start answering its questions.</source>
        <translation type="unfinished">Defnyddiwch y bysellau saeth i fyny ac i lawr i ddewis adran, yna Enter i ddechrau ateb ei chwestiynau.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Your passport</source>
        <translation type="unfinished">Eich pasbort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everything here stays on this computer. Only answers marked “{shared}” go into what you export for your line manager. Changes save by themselves.</source>
        <extracomment>{shared} is the tag an answer to share carries (&quot;Shared on export&quot;).</extracomment>
        <translation type="unfinished">Mae popeth yma&apos;n aros ar y cyfrifiadur hwn. Dim ond atebion wedi&apos;u marcio “{shared}” sy&apos;n mynd i&apos;r hyn rydych chi&apos;n ei allforio i&apos;ch rheolwr llinell. Mae newidiadau&apos;n cael eu cadw ohonyn nhw eu hunain.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save status</source>
        <translation type="unfinished">Statws cadw</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>These details are printed on everything you export, so your manager knows whose passport it is.</source>
        <translation type="unfinished">Mae&apos;r manylion hyn yn cael eu hargraffu ar bopeth rydych chi&apos;n ei allforio, fel bod eich rheolwr yn gwybod pasbort pwy ydyw.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Your employer</source>
        <translation type="unfinished">Eich cyflogwr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{employer}: policies and contacts</source>
        <translation type="unfinished">{employer}: polisïau a chysylltiadau</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your employer&apos;s form no longer asks these questions. Your answers are kept as you wrote them, and they are private: they go into an export only if you tick them again. To change one, copy it into a current question.</source>
        <translation type="unfinished">Nid yw ffurflen eich cyflogwr yn gofyn y cwestiynau hyn mwyach. Mae eich atebion yn cael eu cadw fel y gwnaethoch chi eu hysgrifennu, ac maen nhw&apos;n breifat: dim ond os byddwch chi&apos;n eu ticio eto y byddan nhw&apos;n mynd i allforiad. I newid un, copïwch ef i gwestiwn cyfredol.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Only you can read these notes. They are never put in a PDF, a bundle or anything else you export or send — whatever you tick elsewhere. Use them for reminders, or things you are not ready to share.</source>
        <translation type="unfinished">Dim ond chi sy&apos;n gallu darllen y nodiadau hyn. Nid ydyn nhw byth yn cael eu rhoi mewn PDF, bwndel nac unrhyw beth arall rydych chi&apos;n ei allforio neu&apos;n ei anfon — beth bynnag rydych chi&apos;n ei dicio mewn man arall. Defnyddiwch nhw ar gyfer nodiadau atgoffa, neu bethau nad ydych chi&apos;n barod i&apos;w rhannu.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>For example: ask HR about carer&apos;s leave before the meeting.</source>
        <translation type="unfinished">Er enghraifft: gofyn i AD am absenoldeb gofalwr cyn y cyfarfod.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private notes, never exported</source>
        <translation type="unfinished">Nodiadau preifat, byth yn cael eu hallforio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only you can read these notes; they are never exported or shared.</source>
        <translation type="unfinished">Dim ond chi sy&apos;n gallu darllen y nodiadau hyn; nid ydyn nhw byth yn cael eu hallforio na&apos;u rhannu.</translation>
    </message>
    <message>
        <location line="+224"/>
        <location line="+20"/>
        <source>Not saved: {reason} Your text is still here.</source>
        <extracomment>{reason} is why the save failed (a whole sentence).</extracomment>
        <translation type="unfinished">Heb ei gadw: {reason} Mae eich testun yma o hyd.</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+21"/>
        <source>Not saved: {reason}</source>
        <translation type="unfinished">Heb ei gadw: {reason}</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>{problem} Shorten it and it saves by itself.</source>
        <translation type="unfinished">{problem} Byrhewch ef a bydd yn cael ei gadw ohono&apos;i hun.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This answer</source>
        <translation type="unfinished">Yr ateb hwn</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{problem} It saves by itself once it is complete.</source>
        <translation type="unfinished">{problem} Bydd yn cael ei gadw ohono&apos;i hun pan fydd yn gyflawn.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>“{name}”</source>
        <extracomment>A question&apos;s or a box&apos;s name in a sentence (&quot;“Your caring responsibilities” is too long&quot;).</extracomment>
        <translation type="unfinished">“{name}”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>your private notes</source>
        <translation type="unfinished">eich nodiadau preifat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>your sharing agreement</source>
        <translation type="unfinished">eich cytundeb rhannu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>✓ All changes saved</source>
        <translation type="unfinished">✓ Pob newid wedi&apos;i gadw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saving…</source>
        <translation type="unfinished">Wrthi&apos;n cadw…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saving in a moment…</source>
        <translation type="unfinished">Yn cadw mewn eiliad…</translation>
    </message>
</context>
<context>
    <name>EmployerPanel</name>
    <message>
        <location filename="../../carerpassport/ui/widgets/employer_panel.py" line="+59"/>
        <source>Opens your e-mail program</source>
        <extracomment>The tooltip of an e-mail link (mailto:) in the employer&apos;s policies and contacts.</extracomment>
        <translation type="unfinished">Yn agor eich rhaglen e-bost</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opens in your web browser</source>
        <extracomment>The tooltip of a web link (https://) in the employer&apos;s policies and contacts.</extracomment>
        <translation type="unfinished">Yn agor yn eich porwr gwe</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Policies</source>
        <translation type="unfinished">Polisïau</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who to ask</source>
        <translation type="unfinished">Pwy i&apos;w holi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Support outside work</source>
        <translation type="unfinished">Cymorth y tu allan i&apos;r gwaith</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../carerpassport/ui/dialogs/export_dialog.py" line="+101"/>
        <source>The page preview needs the pypdfium2 package, which is not installed.</source>
        <extracomment>Why the pages could not be drawn (&quot;&quot; when they were).</extracomment>
        <translation type="unfinished">Mae angen y pecyn pypdfium2 ar gyfer rhagolwg y tudalennau, ac nid yw wedi&apos;i osod.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The pages could not be drawn ({error}).</source>
        <extracomment>{error} is the name of a programming error (such as ValueError), for whoever reports it.</extracomment>
        <translation type="unfinished">Nid oedd modd llunio&apos;r tudalennau ({error}).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>1 private answer</source>
        <translation type="unfinished">1 ateb preifat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} private answers</source>
        <translation type="unfinished">{count} ateb preifat</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 private action</source>
        <translation type="unfinished">1 cam gweithredu preifat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} private actions</source>
        <translation type="unfinished">{count} cam gweithredu preifat</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Export for my manager</source>
        <extracomment>Asks where to save; replaced in tests. Returns None when the employee cancels. Asks before a share the sharing agreement does not allow (replaced in tests).</extracomment>
        <translation type="unfinished">Allforio i&apos;m rheolwr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shows exactly what your line manager will receive, then saves it as a PDF signed by you.</source>
        <translation type="unfinished">Yn dangos yn union beth fydd eich rheolwr llinell yn ei gael, yna&apos;n ei gadw fel PDF wedi&apos;i lofnodi gennych chi.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>What goes into this copy</source>
        <translation type="unfinished">Beth sy&apos;n mynd i&apos;r copi hwn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who the copy is for, why, its language and whether your sharing agreement is in it.</source>
        <translation type="unfinished">I bwy mae&apos;r copi, pam, ei iaith ac a yw eich cytundeb rhannu ynddo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is exactly what your line manager will see. Answers you keep private, your private notes and private actions are not included. The file is signed by you, so anyone can check it was not changed.</source>
        <translation type="unfinished">Dyma&apos;n union beth fydd eich rheolwr llinell yn ei weld. Nid yw atebion rydych chi&apos;n eu cadw&apos;n breifat, eich nodiadau preifat na chamau gweithredu preifat wedi&apos;u cynnwys. Mae&apos;r ffeil wedi&apos;i llofnodi gennych chi, felly gall unrhyw un wirio nad yw wedi&apos;i newid.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+242"/>
        <source>Your line manager&apos;s name</source>
        <translation type="unfinished">Enw eich rheolwr llinell</translation>
    </message>
    <message>
        <location line="-240"/>
        <source>Shared with</source>
        <translation type="unfinished">Wedi&apos;i rannu gyda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who this copy is for. It is printed on the first page and kept in your sharing record.</source>
        <translation type="unfinished">I bwy mae&apos;r copi hwn. Mae&apos;n cael ei argraffu ar y dudalen gyntaf a&apos;i gadw yn eich cofnod rhannu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>For example: our 1:1 on 1 December</source>
        <translation type="unfinished">Er enghraifft: ein cyfarfod 1:1 ar 1 Rhagfyr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Purpose</source>
        <translation type="unfinished">Diben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why you are sharing it. Printed on the first page; optional.</source>
        <translation type="unfinished">Pam rydych chi&apos;n ei rannu. Wedi&apos;i argraffu ar y dudalen gyntaf; dewisol.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What your sharing agreement says</source>
        <translation type="unfinished">Beth mae eich cytundeb rhannu yn ei ddweud</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Language of this copy</source>
        <extracomment>The copy&apos;s language, which may differ from the app&apos;s (a Welsh speaker&apos;s English copy for an English speaker): it starts as the app&apos;s own.</extracomment>
        <translation type="unfinished">Iaith y copi hwn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language the PDF is written in: its headings, dates and the employer&apos;s questions where their form has them in that language.</source>
        <translation type="unfinished">Yr iaith y mae&apos;r PDF wedi&apos;i ysgrifennu ynddi: ei benawdau, ei ddyddiadau a chwestiynau&apos;r cyflogwr lle mae eu ffurflen yn eu cynnwys yn yr iaith honno.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>W&amp;ho is this for?</source>
        <translation type="unfinished">&amp;I bwy mae hwn?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shared &amp;with</source>
        <translation type="unfinished">Rhannu &amp;gyda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Purpose</source>
        <translation type="unfinished">&amp;Diben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language of this copy</source>
        <translation type="unfinished">I&amp;aith y copi hwn</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Include my sharing agreement</source>
        <translation type="unfinished">Cynnwys fy nghytundeb rhannu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When ticked, your sharing agreement is printed above the signatures, so your manager signs it too. It starts as you set it on the passport&apos;s “Sharing your passport” page.</source>
        <translation type="unfinished">Pan fydd wedi&apos;i dicio, mae eich cytundeb rhannu yn cael ei argraffu uwchben y llofnodion, felly mae eich rheolwr yn ei lofnodi hefyd. Mae&apos;n dechrau fel y gwnaethoch chi ei osod ar dudalen “Rhannu eich pasbort” y pasbort.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Include my sharing agreement (who else may be given it, and when)</source>
        <translation type="unfinished">Cynnwys fy nghytundeb rhannu (pwy arall all ei gael, a phryd)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Preview of the pages</source>
        <translation type="unfinished">Rhagolwg o&apos;r tudalennau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The signed PDF as your manager will see it, page by page. The list beside it says the same in words.</source>
        <translation type="unfinished">Y PDF wedi&apos;i lofnodi fel y bydd eich rheolwr yn ei weld, fesul tudalen. Mae&apos;r rhestr wrth ei ymyl yn dweud yr un peth mewn geiriau.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Preview status</source>
        <translation type="unfinished">Statws y rhagolwg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whether the page preview is ready.</source>
        <translation type="unfinished">A yw rhagolwg y tudalennau&apos;n barod.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+60"/>
        <source>Preparing the preview…</source>
        <translation type="unfinished">Wrthi&apos;n paratoi&apos;r rhagolwg…</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>What will be shared</source>
        <translation type="unfinished">Beth fydd yn cael ei rannu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every answer and agreed action in this export, in words.</source>
        <translation type="unfinished">Pob ateb a cham gweithredu y cytunwyd arno yn yr allforiad hwn, mewn geiriau.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Result</source>
        <translation type="unfinished">Canlyniad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened when you saved, or what went wrong.</source>
        <translation type="unfinished">Beth ddigwyddodd pan wnaethoch chi gadw, neu beth aeth o&apos;i le.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Save signed PDF…</source>
        <translation type="unfinished">&amp;Cadw PDF wedi&apos;i lofnodi…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save signed PDF</source>
        <translation type="unfinished">Cadw PDF wedi&apos;i lofnodi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose where to save the PDF; it is signed and your sharing record is updated.</source>
        <translation type="unfinished">Dewiswch ble i gadw&apos;r PDF; mae&apos;n cael ei lofnodi ac mae eich cofnod rhannu yn cael ei ddiweddaru.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Cancel</source>
        <translation type="unfinished">Diddymu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close without saving anything.</source>
        <translation type="unfinished">Cau heb gadw dim.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>{reason} The list beside this says exactly what is shared.</source>
        <extracomment>{reason} says why the pages could not be drawn (a whole sentence).</extracomment>
        <translation type="unfinished">{reason} Mae&apos;r rhestr wrth ymyl hwn yn dweud yn union beth sy&apos;n cael ei rannu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 page, {size} KB.</source>
        <translation type="unfinished">1 dudalen, {size} KB.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} pages, {size} KB.</source>
        <translation type="unfinished">{count} tudalen, {size} KB.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Page {number} of {total}</source>
        <translation type="unfinished">Tudalen {number} o {total}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An image of the page; the list beside the preview has the same text.</source>
        <translation type="unfinished">Delwedd o&apos;r dudalen; mae gan y rhestr wrth ymyl y rhagolwg yr un testun.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The preview could not be made.</source>
        <translation type="unfinished">Nid oedd modd gwneud y rhagolwg.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>your manager</source>
        <translation type="unfinished">eich rheolwr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;What {reader} will see&lt;/h3&gt;</source>
        <translation type="unfinished">&lt;h3&gt;Beth fydd {reader} yn ei weld&lt;/h3&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;You:&lt;/b&gt; {name}</source>
        <translation type="unfinished">&lt;b&gt;Chi:&lt;/b&gt; {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no name)</source>
        <translation type="unfinished">(dim enw)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Line manager:&lt;/b&gt; {name}</source>
        <translation type="unfinished">&lt;b&gt;Rheolwr llinell:&lt;/b&gt; {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(not set)</source>
        <translation type="unfinished">(heb ei osod)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No answers are marked to share.</source>
        <translation type="unfinished">Does dim atebion wedi&apos;u marcio i&apos;w rhannu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreed actions ({count})</source>
        <translation type="unfinished">Camau gweithredu y cytunwyd arnynt ({count})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>your private notes</source>
        <translation type="unfinished">eich nodiadau preifat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>your sharing agreement</source>
        <translation type="unfinished">eich cytundeb rhannu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not shared</source>
        <translation type="unfinished">Heb eu rhannu</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>carers-passport-{name}.pdf</source>
        <extracomment>The suggested file name; keep it short, without spaces; {name} is the employee&apos;s name.</extracomment>
        <translation type="unfinished">pasbort-gofalwyr-{name}.pdf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the signed PDF</source>
        <translation type="unfinished">Cadw&apos;r PDF wedi&apos;i lofnodi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished">Ffeiliau PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Their name (required)</source>
        <translation type="unfinished">Eu henw (gofynnol)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Their name or team (optional)</source>
        <translation type="unfinished">Eu henw neu eu tîm (dewisol)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Nothing was shared: your sharing agreement does not allow it and you did not confirm it. Your log records that.</source>
        <translation type="unfinished">Ni rannwyd dim: nid yw eich cytundeb rhannu yn ei ganiatáu ac ni wnaethoch chi ei gadarnhau. Mae eich log yn cofnodi hynny.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Signing and saving…</source>
        <translation type="unfinished">Wrthi&apos;n llofnodi a chadw…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saved {file} (revision {revision}). Give it to your manager however you usually share documents. If they ask, your signing fingerprint starts {fingerprint}.</source>
        <translation type="unfinished">Wedi cadw {file} (fersiwn {revision}). Rhowch ef i&apos;ch rheolwr sut bynnag rydych chi fel arfer yn rhannu dogfennau. Os byddan nhw&apos;n gofyn, mae eich ôl bys llofnodi yn dechrau {fingerprint}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Close</source>
        <translation type="unfinished">Cau</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The file could not be saved: {reason}. Choose another folder and try again.</source>
        <extracomment>{reason} is the system&apos;s reason, such as &quot;Permission denied&quot;.</extracomment>
        <translation type="unfinished">Nid oedd modd cadw&apos;r ffeil: {reason}. Dewiswch ffolder arall a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was saved.</source>
        <translation type="unfinished">Ni chadwyd dim.</translation>
    </message>
</context>
<context>
    <name>FingerprintView</name>
    <message>
        <location filename="../../carerpassport/ui/widgets/fingerprint_view.py" line="+23"/>
        <source>Help › My identity</source>
        <translation type="unfinished">Help › Fy hunaniaeth</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>them</source>
        <translation type="unfinished">nhw</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} (typed on the form as “{typed}”)</source>
        <extracomment>{name} is the name in the certificate, {typed} the name typed on the form.</extracomment>
        <translation type="unfinished">{name} (wedi&apos;i deipio ar y ffurflen fel “{typed}”)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Fingerprint words</source>
        <translation type="unfinished">Geiriau&apos;r ôl bys</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fingerprint in groups of four</source>
        <translation type="unfinished">Yr ôl bys mewn grwpiau o bedwar</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your fingerprint</source>
        <translation type="unfinished">Eich ôl bys</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Read these eight words to the other person, in person or by phone; they compare them with what their app shows for you. They find their own in their app: {where}.</source>
        <translation type="unfinished">Darllenwch yr wyth gair hyn i&apos;r person arall, wyneb yn wyneb neu dros y ffôn; maen nhw&apos;n eu cymharu â&apos;r hyn y mae eu ap yn ei ddangos amdanoch chi. Maen nhw&apos;n dod o hyd i&apos;w rhai eu hunain yn eu ap: {where}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the other person</source>
        <translation type="unfinished">y person arall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: fingerprint of the certificate they signed with</source>
        <translation type="unfinished">{name}: ôl bys y dystysgrif y gwnaethon nhw lofnodi â hi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask {who} to open {where} in their app and read you their eight words: they must be exactly these, in this order. If any word differs, someone else signed this copy.</source>
        <translation type="unfinished">Gofynnwch i {who} agor {where} yn eu ap a darllen eu hwyth gair i chi: rhaid iddyn nhw fod yn union y rhain, yn y drefn hon. Os oes unrhyw air yn wahanol, rhywun arall a lofnododd y copi hwn.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Words: {words}. Groups: {groups}. {where}</source>
        <translation type="unfinished">Geiriau: {words}. Grwpiau: {groups}. {where}</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../carerpassport/ui/dialogs/first_run.py" line="+56"/>
        <source>&lt;p&gt;A carer&apos;s passport records how caring for someone affects your work, and the support you and your line manager agree. It is &lt;b&gt;voluntary&lt;/b&gt; and it &lt;b&gt;belongs to you&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;&lt;b&gt;It stays on this computer.&lt;/b&gt; Everything you write is kept encrypted here. This app never sends anything anywhere. You decide what your manager sees, and you choose when to give them a copy.&lt;/p&gt;</source>
        <extracomment>The first-run welcome, for a carer keeping their own passport. Rich text: keep the &lt;p&gt; and &lt;b&gt; tags.</extracomment>
        <translation type="unfinished">&lt;p&gt;Mae pasbort gofalwyr yn cofnodi sut mae gofalu am rywun yn effeithio ar eich gwaith, a&apos;r cymorth rydych chi a&apos;ch rheolwr llinell yn cytuno arno. Mae&apos;n &lt;b&gt;wirfoddol&lt;/b&gt; ac mae&apos;n &lt;b&gt;perthyn i chi&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Mae&apos;n aros ar y cyfrifiadur hwn.&lt;/b&gt; Mae popeth rydych chi&apos;n ei ysgrifennu yn cael ei gadw wedi&apos;i amgryptio yma. Nid yw&apos;r ap hwn byth yn anfon dim i unman. Chi sy&apos;n penderfynu beth mae eich rheolwr yn ei weld, a chi sy&apos;n dewis pryd i roi copi iddo.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;p&gt;You also hold the passports your team shares with you: they have their own page, and they never mix with your own.&lt;/p&gt;</source>
        <extracomment>Added after the carer&apos;s welcome for someone who is both a carer and a manager.</extracomment>
        <translation type="unfinished">&lt;p&gt;Rydych chi hefyd yn cadw&apos;r pasbortau y mae eich tîm yn eu rhannu â chi: mae ganddyn nhw eu tudalen eu hunain, a dydyn nhw byth yn cymysgu â&apos;ch pasbort chi.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;p&gt;As a line manager you receive carer&apos;s passports from your team: each one is &lt;b&gt;the employee&apos;s&lt;/b&gt;, shared with you by their choice. Here you can read it, check who signed it, add your comment and countersign it.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Keep it where only you can open it.&lt;/b&gt; The copies you hold stay encrypted on this computer; this app never sends anything anywhere. Delete your copy when the employee withdraws consent or moves on.&lt;/p&gt;</source>
        <extracomment>The first-run welcome for someone here only as a line manager, receiving their team&apos;s passports.</extracomment>
        <translation type="unfinished">&lt;p&gt;Fel rheolwr llinell, rydych chi&apos;n cael pasbortau gofalwyr gan eich tîm: mae pob un yn &lt;b&gt;eiddo i&apos;r cyflogai&lt;/b&gt;, ac wedi&apos;i rannu â chi o&apos;i ddewis ei hun. Yma gallwch ei ddarllen, gwirio pwy a&apos;i llofnododd, ychwanegu eich sylw a&apos;i gydlofnodi.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Cadwch ef lle mai dim ond chi all ei agor.&lt;/b&gt; Mae&apos;r copïau rydych chi&apos;n eu cadw yn aros wedi&apos;u hamgryptio ar y cyfrifiadur hwn; nid yw&apos;r ap hwn byth yn anfon dim i unman. Dilëwch eich copi pan fydd y cyflogai yn tynnu ei gydsyniad yn ôl neu&apos;n symud ymlaen.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Welcome: passports from your team</source>
        <extracomment>Heading of the first-run welcome for a line manager.</extracomment>
        <translation type="unfinished">Croeso: pasbortau gan eich tîm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Welcome to your Carer&apos;s Passport</source>
        <extracomment>Heading of the first-run welcome. &quot;Carer&apos;s Passport&quot; is the app&apos;s name.</extracomment>
        <translation type="unfinished">Croeso i&apos;ch Pasbort Gofalwyr</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;p&gt;Checking whether this computer has a keyring…&lt;/p&gt;</source>
        <translation type="unfinished">&lt;p&gt;Wrthi&apos;n gwirio a oes gan y cyfrifiadur hwn gylch allweddi…&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;&lt;b&gt;This computer has a keyring&lt;/b&gt; (the place your computer keeps passwords safe). Your passport&apos;s key is kept there, so it opens without typing anything while you are logged in to this computer.&lt;/p&gt;</source>
        <extracomment>&quot;Keyring&quot;: the operating system&apos;s password store (GNOME Keyring, Windows Credential Manager, Keychain).</extracomment>
        <translation type="unfinished">&lt;p&gt;&lt;b&gt;Mae gan y cyfrifiadur hwn gylch allweddi&lt;/b&gt; (y man lle mae eich cyfrifiadur yn cadw cyfrineiriau&apos;n ddiogel). Mae allwedd eich pasbort yn cael ei chadw yno, felly mae&apos;n agor heb i chi deipio dim tra byddwch wedi mewngofnodi i&apos;r cyfrifiadur hwn.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;p&gt;&lt;b&gt;This computer has no keyring this app can use&lt;/b&gt;, so the passport cannot open by itself. Choose a passphrase: you will type it each time you open your passport.&lt;/p&gt;</source>
        <translation type="unfinished">&lt;p&gt;&lt;b&gt;Nid oes gan y cyfrifiadur hwn gylch allweddi y gall yr ap hwn ei ddefnyddio&lt;/b&gt;, felly ni all y pasbort agor ar ei ben ei hun. Dewiswch gyfrinymadrodd: byddwch yn ei deipio bob tro y byddwch yn agor eich pasbort.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Welcome — Carer&apos;s Passport</source>
        <translation type="unfinished">Croeso — Pasbort Gofalwyr</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+13"/>
        <source>Set up your Carer&apos;s Passport</source>
        <translation type="unfinished">Sefydlu eich Pasbort Gofalwyr</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Three short steps: your names, how your passport is locked, and your recovery code.</source>
        <translation type="unfinished">Tri cham byr: eich enwau, sut mae eich pasbort wedi&apos;i gloi, a&apos;ch cod adfer.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>About the passport</source>
        <translation type="unfinished">Ynglŷn â&apos;r pasbort</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your name</source>
        <translation type="unfinished">Eich enw</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+73"/>
        <source>Your name as it should appear on the passport.</source>
        <translation type="unfinished">Eich enw fel y dylai ymddangos ar y pasbort.</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Your line manager&apos;s name</source>
        <translation type="unfinished">Enw eich rheolwr llinell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional. You can add or change it later.</source>
        <translation type="unfinished">Dewisol. Gallwch ei ychwanegu neu ei newid yn nes ymlaen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>optional</source>
        <extracomment>Shown inside the empty line manager field: keep it short, the field is narrow at large text sizes.</extracomment>
        <translation type="unfinished">dewisol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your &amp;name</source>
        <translation type="unfinished">Eich &amp;enw</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your line &amp;manager</source>
        <translation type="unfinished">Eich &amp;rheolwr llinell</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+7"/>
        <source>Who is using this?</source>
        <translation type="unfinished">Pwy sy&apos;n defnyddio hwn?</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Your own passport, passports from your team as a manager, or both. You can change this later in Settings.</source>
        <translation type="unfinished">Eich pasbort eich hun, pasbortau gan eich tîm fel rheolwr, neu&apos;r ddau. Gallwch newid hyn yn nes ymlaen yn y Gosodiadau.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Who is using this?&lt;/b&gt;</source>
        <translation type="unfinished">&lt;b&gt;Pwy sy&apos;n defnyddio hwn?&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;For my own passport (I am a carer)</source>
        <extracomment>The three answers to &quot;Who is using this?&quot;; each needs its own underlined (&amp;) letter.</extracomment>
        <translation type="unfinished">&amp;Ar gyfer fy mhasbort fy hun (rwy&apos;n ofalwr)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As a manager &amp;who receives passports from my team</source>
        <translation type="unfinished">Fel rheolwr sy&apos;n &amp;cael pasbortau gan fy nhîm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bot&amp;h: my own passport, and passports from my team</source>
        <translation type="unfinished">&amp;Y ddau: fy mhasbort fy hun, a phasbortau gan fy nhîm</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You can change this later in Settings.</source>
        <translation type="unfinished">Gallwch newid hyn yn nes ymlaen yn y Gosodiadau.</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+30"/>
        <source>How your passport is locked</source>
        <translation type="unfinished">Sut mae eich pasbort wedi&apos;i gloi</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>How the passports you hold are locked</source>
        <translation type="unfinished">Sut mae&apos;r pasbortau rydych chi&apos;n eu cadw wedi&apos;u cloi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your name as it appears when you countersign.</source>
        <translation type="unfinished">Eich enw fel y mae&apos;n ymddangos pan fyddwch yn cydlofnodi.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Moving to a new computer? If you made a backup of your passport, bring it back instead.</source>
        <translation type="unfinished">Symud i gyfrifiadur newydd? Os gwnaethoch gopi wrth gefn o&apos;ch pasbort, adferwch hwnnw yn lle hynny.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Restore from a backup…</source>
        <translation type="unfinished">Adfer o gopi &amp;wrth gefn…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore from a backup</source>
        <translation type="unfinished">Adfer o gopi wrth gefn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring back a passport you backed up before, instead of starting a new one.</source>
        <translation type="unfinished">Adfer pasbort y gwnaethoch gopi wrth gefn ohono o&apos;r blaen, yn lle dechrau un newydd.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>About the keyring</source>
        <translation type="unfinished">Ynglŷn â&apos;r cylch allweddi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Passphrase</source>
        <translation type="unfinished">&amp;Cyfrinymadrodd</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Next you get a &lt;b&gt;recovery code&lt;/b&gt;: keep it safe, it opens your passport if all else fails.</source>
        <translation type="unfinished">Nesaf, byddwch yn cael &lt;b&gt;cod adfer&lt;/b&gt;: cadwch ef yn ddiogel, mae&apos;n agor eich pasbort os bydd popeth arall yn methu.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Creating your passport and its keys… this takes a few seconds.</source>
        <translation type="unfinished">Wrthi&apos;n creu eich pasbort a&apos;i allweddi… mae hyn yn cymryd ychydig eiliadau.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Creating your passport</source>
        <translation type="unfinished">Wrthi&apos;n creu eich pasbort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Busy: making the encryption keys.</source>
        <translation type="unfinished">Yn brysur: yn creu&apos;r allweddi amgryptio.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Keep your recovery code</source>
        <translation type="unfinished">Cadwch eich cod adfer</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Cancel</source>
        <translation type="unfinished">D&amp;iddymu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel setting up</source>
        <translation type="unfinished">Diddymu&apos;r sefydlu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close without creating a passport.</source>
        <translation type="unfinished">Cau heb greu pasbort.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Back</source>
        <translation type="unfinished">&amp;Yn ôl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation type="unfinished">Yn ôl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back to the previous step.</source>
        <translation type="unfinished">Mynd yn ôl i&apos;r cam blaenorol.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+53"/>
        <source>&amp;Next</source>
        <translation type="unfinished">&amp;Nesaf</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Next step</source>
        <translation type="unfinished">Y cam nesaf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go on to the next step.</source>
        <translation type="unfinished">Mynd ymlaen i&apos;r cam nesaf.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>A passphrase is &lt;b&gt;optional&lt;/b&gt;. Add one if you want another way in besides the recovery code, for example on a new computer.</source>
        <translation type="unfinished">Mae cyfrinymadrodd yn &lt;b&gt;ddewisol&lt;/b&gt;. Ychwanegwch un os ydych chi eisiau ffordd arall i mewn heblaw&apos;r cod adfer, er enghraifft ar gyfrifiadur newydd.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a passphrase (at least 8 characters; three or four ordinary words are easy to remember and hard to guess).</source>
        <translation type="unfinished">Dewiswch gyfrinymadrodd (o leiaf 8 nod; mae tri neu bedwar gair cyffredin yn hawdd eu cofio ac yn anodd eu dyfalu).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>S&amp;kip this step…</source>
        <translation type="unfinished">&amp;Hepgor y cam hwn…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip keeping the recovery code</source>
        <translation type="unfinished">Hepgor cadw&apos;r cod adfer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open your passport without checking you kept the code (not recommended: you will not see it again).</source>
        <translation type="unfinished">Agor eich pasbort heb wirio eich bod wedi cadw&apos;r cod (ni argymhellir hyn: ni fyddwch yn ei weld eto).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Create my passport</source>
        <translation type="unfinished">C&amp;reu fy mhasbort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Set it up</source>
        <translation type="unfinished">&amp;Sefydlu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Start</source>
        <translation type="unfinished">&amp;Dechrau</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open your new passport.</source>
        <translation type="unfinished">Agor eich pasbort newydd.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Available once you have typed the group back.</source>
        <translation type="unfinished">Ar gael ar ôl i chi deipio&apos;r grŵp yn ôl.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Your passport was not created. {reason}</source>
        <extracomment>{reason} is a sentence saying why, from the part of the app that failed.</extracomment>
        <translation type="unfinished">Ni chafodd eich pasbort ei greu. {reason}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Close without the recovery code?</source>
        <translation type="unfinished">Cau heb y cod adfer?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You will not see this recovery code again. Without it, a lost keyring or forgotten passphrase means losing your passport. You can make a new code later in Settings.

Close anyway?</source>
        <translation type="unfinished">Ni fyddwch yn gweld y cod adfer hwn eto. Hebddo, bydd colli&apos;r cylch allweddi neu anghofio&apos;r cyfrinymadrodd yn golygu colli eich pasbort. Gallwch greu cod newydd yn nes ymlaen yn y Gosodiadau.

Cau beth bynnag?</translation>
    </message>
</context>
<context>
    <name>FlexibleRequestWizard</name>
    <message>
        <location filename="../../carerpassport/ui/dialogs/flexible_request_wizard.py" line="-240"/>
        <source>Type the day, month and year, or press Alt+Down for a calendar.</source>
        <translation type="unfinished">Teipiwch y diwrnod, y mis a&apos;r flwyddyn, neu pwyswch Alt+Down am galendr.</translation>
    </message>
    <message>
        <location line="+403"/>
        <source>Flexible-working request</source>
        <extracomment>The request was saved or exported (the Requests page refreshes).</extracomment>
        <translation type="unfinished">Cais gweithio hyblyg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft a statutory request to change your hours, times or place of work, from your passport.</source>
        <translation type="unfinished">Drafftio cais statudol i newid eich oriau, eich amseroedd neu eich man gwaith, o&apos;ch pasbort.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished">&amp;Nesaf &gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next</source>
        <translation type="unfinished">Nesaf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished">&lt; &amp;Yn ôl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation type="unfinished">Yn ôl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Finish</source>
        <translation type="unfinished">&amp;Gorffen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finish</source>
        <translation type="unfinished">Gorffen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Cancel</source>
        <translation type="unfinished">Diddymu</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Saving…</source>
        <translation type="unfinished">Wrthi&apos;n cadw…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved to {path}; it is in your sharing record. When you have sent it, record the date on the Requests page.</source>
        <translation type="unfinished">Wedi&apos;i gadw yn {path}; mae yn eich cofnod rhannu. Pan fyddwch wedi&apos;i anfon, cofnodwch y dyddiad ar y dudalen Ceisiadau.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not saved: {reason}</source>
        <translation type="unfinished">Heb ei gadw: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The request could not be saved.</source>
        <translation type="unfinished">Nid oedd modd cadw&apos;r cais.</translation>
    </message>
</context>
<context>
    <name>FormerAnswers</name>
    <message>
        <location filename="../../carerpassport/ui/widgets/former_answers.py" line="+23"/>
        <source>Share on export (it is no longer on your employer&apos;s form)</source>
        <translation type="unfinished">Rhannu wrth allforio (nid yw ar ffurflen eich cyflogwr mwyach)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Your answer to: {question}</source>
        <extracomment>{question}: the question the employer&apos;s form no longer asks.</extracomment>
        <translation type="unfinished">Eich ateb i: {question}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept as you wrote it; the question is no longer on your employer&apos;s form.</source>
        <translation type="unfinished">Wedi&apos;i gadw fel y gwnaethoch ei ysgrifennu; nid yw&apos;r cwestiwn ar ffurflen eich cyflogwr mwyach.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Share your answer to: {question}</source>
        <translation type="unfinished">Rhannu eich ateb i: {question}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticked, it goes into what you export even though your employer&apos;s form no longer asks it.</source>
        <translation type="unfinished">Wedi&apos;i dicio, mae&apos;n mynd i mewn i&apos;r hyn rydych chi&apos;n ei allforio er nad yw ffurflen eich cyflogwr yn ei ofyn mwyach.</translation>
    </message>
</context>
<context>
    <name>GuidancePanel</name>
    <message>
        <location filename="../../carerpassport/ui/widgets/guidance_panel.py" line="+31"/>
        <source>&lt;b&gt;Why it helps:&lt;/b&gt; {why}</source>
        <extracomment>{why} is the employer&apos;s guidance: why answering the question helps.</extracomment>
        <translation type="unfinished">&lt;b&gt;Pam mae&apos;n helpu:&lt;/b&gt; {why}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Keep it private:&lt;/b&gt; {privacy}</source>
        <extracomment>{privacy} is the employer&apos;s guidance: what to keep out of the answer.</extracomment>
        <translation type="unfinished">&lt;b&gt;Cadwch yn breifat:&lt;/b&gt; {privacy}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Guidance</source>
        <translation type="unfinished">Canllawiau</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&lt;b&gt;Think about:&lt;/b&gt;{points}</source>
        <extracomment>{points} is the employer&apos;s list of things to think about (kept as it is, markup and all).</extracomment>
        <translation type="unfinished">&lt;b&gt;Meddyliwch am:&lt;/b&gt;{points}</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../carerpassport/ui/models/history_model.py" line="+23"/>
        <source>Version</source>
        <extracomment>SUMMARY (&quot;Version 8 — Today, 21:04 — Edited&quot;) is for the &quot;Compare with&quot; list; the table hides it. Translated when the model is made.</extracomment>
        <translation type="unfinished">Fersiwn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation type="unfinished">Pryd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened</source>
        <translation type="unfinished">Beth ddigwyddodd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version summary</source>
        <translation type="unfinished">Crynodeb o&apos;r fersiwn</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Passport created</source>
        <extracomment>The revision number of a row. Why a version was saved, in words (translated when shown, by :func:`reason_in_words`).</extracomment>
        <translation type="unfinished">Pasbort wedi&apos;i greu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edited</source>
        <translation type="unfinished">Wedi&apos;i olygu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restored an earlier version</source>
        <translation type="unfinished">Wedi adfer fersiwn gynharach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviewed</source>
        <translation type="unfinished">Wedi&apos;i adolygu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported a countersigned copy</source>
        <translation type="unfinished">Wedi mewnforio copi wedi&apos;i gydlofnodi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Countersigned by your manager</source>
        <translation type="unfinished">Wedi&apos;i gydlofnodi gan eich rheolwr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported</source>
        <translation type="unfinished">Wedi&apos;i allforio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moved to your employer&apos;s form</source>
        <translation type="unfinished">Wedi&apos;i symud i ffurflen eich cyflogwr</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+19"/>
        <source>Yesterday, {time}</source>
        <translation type="unfinished">Ddoe, {time}</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Today, {time}</source>
        <extracomment>{time}: the time of day, as 21:04.</extracomment>
        <translation type="unfinished">Heddiw, {time}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{date}, {time}</source>
        <extracomment>{date}: a day, as 2 March 2026; {time}: the time of day, as 21:04.</extracomment>
        <translation type="unfinished">{date}, {time}</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>{what} (current)</source>
        <extracomment>{what}: what happened in the newest version, as &quot;Edited&quot;.</extracomment>
        <translation type="unfinished">{what} (cyfredol)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Version {number} — {when} — {what}</source>
        <extracomment>One version in a list: {number}, then {when} (&quot;Today, 21:04&quot;), then {what} (&quot;Edited&quot;).</extracomment>
        <translation type="unfinished">Fersiwn {number} — {when} — {what}</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../../carerpassport/ui/views/history_view.py" line="+86"/>
        <source>History</source>
        <translation type="unfinished">Hanes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every change you make is kept as a version. Choose one to see what changed or to read it. Restoring an old version saves it again as the newest: nothing is ever lost.</source>
        <translation type="unfinished">Mae pob newid a wnewch yn cael ei gadw fel fersiwn. Dewiswch un i weld beth newidiodd neu i&apos;w darllen. Mae adfer hen fersiwn yn ei chadw eto fel y fwyaf newydd: does dim byd byth yn cael ei golli.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Saved versions</source>
        <translation type="unfinished">Fersiynau wedi&apos;u cadw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Newest first. Use the arrow keys to choose a version.</source>
        <translation type="unfinished">Y fwyaf newydd yn gyntaf. Defnyddiwch y bysellau saeth i ddewis fersiwn.</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+107"/>
        <source>Compare with:</source>
        <translation type="unfinished">Cymharu â:</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>Compare with version</source>
        <translation type="unfinished">Cymharu â fersiwn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The other version to compare with. Normally the one just before the version you chose.</source>
        <translation type="unfinished">Y fersiwn arall i gymharu â hi. Fel arfer, yr un yn union cyn y fersiwn a ddewisoch.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Version details</source>
        <translation type="unfinished">Manylion y fersiwn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show what changed, or read this version</source>
        <translation type="unfinished">Dangos beth newidiodd, neu ddarllen y fersiwn hon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left and right arrow keys switch between the two tabs.</source>
        <translation type="unfinished">Mae&apos;r bysellau saeth chwith a de yn newid rhwng y ddau dab.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{arrow} through the tabs.</source>
        <extracomment>{arrow}: Qt&apos;s name for a tab bar&apos;s scroll arrow (&quot;Scroll Left&quot;).</extracomment>
        <translation type="unfinished">{arrow} drwy&apos;r tabiau.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+11"/>
        <source>What changed</source>
        <translation type="unfinished">Beth newidiodd</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Each row is one change: what it is, what it was before and what it became.</source>
        <translation type="unfinished">Mae pob rhes yn un newid: beth ydyw, beth oedd cyn hynny a beth ddaeth ohono.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Read this version</source>
        <translation type="unfinished">Darllen y fersiwn hon</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore this version…</source>
        <translation type="unfinished">Adfer y fersiwn hon…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore this version</source>
        <translation type="unfinished">Adfer y fersiwn hon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the chosen version current again, as a new version. Nothing is deleted.</source>
        <translation type="unfinished">Gwneud y fersiwn a ddewiswyd yn gyfredol eto, fel fersiwn newydd. Does dim byd yn cael ei ddileu.</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>This is the version you have now. To go back, choose an older version in the list.</source>
        <translation type="unfinished">Dyma&apos;r fersiwn sydd gennych nawr. I fynd yn ôl, dewiswch fersiwn hŷn yn y rhestr.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restoring adds this version as the newest one; nothing is deleted.</source>
        <translation type="unfinished">Mae adfer yn ychwanegu&apos;r fersiwn hon fel y fwyaf newydd; does dim byd yn cael ei ddileu.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Version {number} (the current version), {when}</source>
        <extracomment>{number}: a version&apos;s number; {when}: when it was saved, as &quot;Today, 21:04&quot;.</extracomment>
        <translation type="unfinished">Fersiwn {number} (y fersiwn gyfredol), {when}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version {number}, {when}</source>
        <translation type="unfinished">Fersiwn {number}, {when}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Version {number}</source>
        <translation type="unfinished">Fersiwn {number}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This is the first version. Choose another in “Compare with” to see differences.</source>
        <translation type="unfinished">Dyma&apos;r fersiwn gyntaf. Dewiswch un arall yn “Cymharu â” i weld y gwahaniaethau.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a different version in “Compare with” to see what changed.</source>
        <translation type="unfinished">Dewiswch fersiwn wahanol yn “Cymharu â” i weld beth newidiodd.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1 change between version {old} and version {new}.</source>
        <translation type="unfinished">1 newid rhwng fersiwn {old} a fersiwn {new}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} changes between version {old} and version {new}.</source>
        <translation type="unfinished">{count} newid rhwng fersiwn {old} a fersiwn {new}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Versions {old} and {new} have the same content.</source>
        <translation type="unfinished">Mae gan fersiynau {old} a {new} yr un cynnwys.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Restore this version?</source>
        <translation type="unfinished">Adfer y fersiwn hon?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make version {number} ({when}) your current passport?</source>
        <translation type="unfinished">Gwneud fersiwn {number} ({when}) yn eich pasbort cyfredol?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its content is saved again as a new version. Nothing is lost: the version you have now, and every other version, stays in History, and you can go back to it.</source>
        <translation type="unfinished">Mae ei chynnwys yn cael ei gadw eto fel fersiwn newydd. Does dim byd yn cael ei golli: mae&apos;r fersiwn sydd gennych nawr, a phob fersiwn arall, yn aros yn yr Hanes, a gallwch fynd yn ôl ati.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore</source>
        <translation type="unfinished">Adfer</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Could not restore version {number}: {reason}</source>
        <extracomment>{reason}: why, a whole sentence.</extracomment>
        <translation type="unfinished">Methu adfer fersiwn {number}: {reason}</translation>
    </message>
</context>
<context>
    <name>IdentityDialog</name>
    <message>
        <location filename="../../carerpassport/ui/dialogs/identity_dialog.py" line="+85"/>
        <source>&amp;Yes</source>
        <extracomment>When the QR code is started at the latest (ms) if the dialog has not painted by then. The QR images made in this process, by payload: reopening the dialog shows it at once (an identity card&apos;s payload is a few hundred bytes; its image ~250 px square).</extracomment>
        <translation type="unfinished">&amp;Ie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation type="unfinished">&amp;Na</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{card}
Fingerprint words: {words}
In groups:
    {first}
    {second}

Ask {name} to open {where} in their app and read you their words, in person or by phone: they must be exactly these. Trust this card and add it to your contacts?</source>
        <extracomment>{card} is the card&apos;s lines (name, fingerprint, key); {words} the fingerprint as words; {first} and {second} its two lines of groups; {where} the menu item that shows a person&apos;s own card.</extracomment>
        <translation type="unfinished">{card}
Geiriau&apos;r ôl bys: {words}
Mewn grwpiau:
    {first}
    {second}

Gofynnwch i {name} agor {where} yn eu ap a darllen eu geiriau i chi, wyneb yn wyneb neu dros y ffôn: rhaid iddynt fod yn union yr un rhai. Ymddiried yn y cerdyn hwn a&apos;i ychwanegu at eich cysylltiadau?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>them</source>
        <translation type="unfinished">nhw</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Trust this card?</source>
        <translation type="unfinished">Ymddiried yn y cerdyn hwn?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>You already trust someone named {name}, with another certificate:
{before}

This card has the fingerprint:
    {fingerprint}

Anyone can make a card in any name. Replace the earlier card only if they told you, in person or by phone, that they have a new identity and the new fingerprint matches.</source>
        <extracomment>{before} lists the trusted cards under that name, one &quot;name: fingerprint&quot; a line.</extracomment>
        <translation type="unfinished">Rydych chi eisoes yn ymddiried yn rhywun o&apos;r enw {name}, gyda thystysgrif arall:
{before}

Mae gan y cerdyn hwn yr ôl bys:
    {fingerprint}

Gall unrhyw un wneud cerdyn mewn unrhyw enw. Rhowch hwn yn lle&apos;r cerdyn cynharach dim ond os ydynt wedi dweud wrthych, wyneb yn wyneb neu dros y ffôn, fod ganddynt hunaniaeth newydd a bod yr ôl bys newydd yn cyfateb.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(no name)</source>
        <translation type="unfinished">(dim enw)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace a card you trust?</source>
        <translation type="unfinished">Newid cerdyn rydych chi&apos;n ymddiried ynddo?</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>My identity</source>
        <translation type="unfinished">Fy hunaniaeth</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your name, signing fingerprint and encryption key, to compare in person.</source>
        <translation type="unfinished">Eich enw, ôl bys llofnodi ac allwedd amgryptio, i&apos;w cymharu wyneb yn wyneb.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give your card to your manager so they can send you encrypted copies and check your signature. Compare the fingerprint together, in person or by phone: the QR code holds the same details.</source>
        <translation type="unfinished">Rhowch eich cerdyn i&apos;ch rheolwr er mwyn iddo allu anfon copïau wedi&apos;u hamgryptio atoch a gwirio eich llofnod. Cymharwch yr ôl bys gyda&apos;ch gilydd, wyneb yn wyneb neu dros y ffôn: mae&apos;r cod QR yn cynnwys yr un manylion.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give your card to the people in your team so they can send you encrypted copies and check your signature. Compare the fingerprint together, in person or by phone: the QR code holds the same details.</source>
        <translation type="unfinished">Rhowch eich cerdyn i&apos;r bobl yn eich tîm er mwyn iddynt allu anfon copïau wedi&apos;u hamgryptio atoch a gwirio eich llofnod. Cymharwch yr ôl bys gyda&apos;ch gilydd, wyneb yn wyneb neu dros y ffôn: mae&apos;r cod QR yn cynnwys yr un manylion.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Identity card text</source>
        <extracomment>Your fingerprint in words and groups, to read aloud.</extracomment>
        <translation type="unfinished">Testun y cerdyn adnabod</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your name, the SHA-256 fingerprint of your signing certificate and your age encryption key.</source>
        <translation type="unfinished">Eich enw, ôl bys SHA-256 eich tystysgrif llofnodi a&apos;ch allwedd amgryptio age.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>QR code of your identity card</source>
        <translation type="unfinished">Cod QR eich cerdyn adnabod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Holds your name, fingerprint and encryption key, for a phone to read.</source>
        <translation type="unfinished">Mae&apos;n cynnwys eich enw, ôl bys ac allwedd amgryptio, i ffôn eu darllen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status</source>
        <translation type="unfinished">Statws</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close this window.</source>
        <translation type="unfinished">Cau&apos;r ffenestr hon.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Close</source>
        <translation type="unfinished">&amp;Cau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation type="unfinished">Cau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save my card…</source>
        <translation type="unfinished">Cadw fy ngh&amp;erdyn…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save my identity card</source>
        <translation type="unfinished">Cadw fy ngherdyn adnabod</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Writes a small file with only the public parts of your identity.</source>
        <translation type="unfinished">Yn ysgrifennu ffeil fach gyda rhannau cyhoeddus eich hunaniaeth yn unig.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add someone&apos;s card…</source>
        <translation type="unfinished">&amp;Ychwanegu cerdyn rhywun…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add someone&apos;s identity card</source>
        <translation type="unfinished">Ychwanegu cerdyn adnabod rhywun</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Trust another person&apos;s card, after comparing their fingerprint.</source>
        <translation type="unfinished">Ymddiried yng ngherdyn rhywun arall, ar ôl cymharu eu hôl bys.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>{name} identity card.json</source>
        <extracomment>The suggested file name; {name} is the person&apos;s name.</extracomment>
        <translation type="unfinished">cerdyn adnabod {name}.json</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>my identity card.json</source>
        <translation type="unfinished">fy ngherdyn adnabod.json</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save your identity card</source>
        <translation type="unfinished">Cadw eich cerdyn adnabod</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+16"/>
        <source>Identity cards (*.json)</source>
        <translation type="unfinished">Cardiau adnabod (*.json)</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Saved your card to {path}. It holds no secrets.</source>
        <translation type="unfinished">Wedi cadw eich cerdyn yn {path}. Nid yw&apos;n cynnwys unrhyw gyfrinachau.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Someone&apos;s identity card</source>
        <translation type="unfinished">Cerdyn adnabod rhywun</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not added.</source>
        <translation type="unfinished">Heb ei ychwanegu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Added {name} to your contacts.</source>
        <translation type="unfinished">Wedi ychwanegu {name} at eich cysylltiadau.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added the card to your contacts.</source>
        <translation type="unfinished">Wedi ychwanegu&apos;r cerdyn at eich cysylltiadau.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>That did not work.</source>
        <translation type="unfinished">Ni weithiodd hynny.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../carerpassport/ui/dialogs/import_dialog.py" line="+61"/>
        <source>Import countersigned copy</source>
        <extracomment>Emitted with the new revision once the copy is recorded.</extracomment>
        <translation type="unfinished">Mewnforio copi wedi&apos;i gydlofnodi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Check the copy your line manager signed and record it as agreed by both.</source>
        <translation type="unfinished">Gwirio&apos;r copi a lofnododd eich rheolwr llinell a&apos;i gofnodi fel un y cytunodd y ddau ohonoch arno.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the PDF your line manager countersigned. It is checked before anything is saved: your signature, that it is a version you exported, and who countersigned it. To be sure it was them, compare the fingerprint words shown with the ones their app shows them (Help › My identity).</source>
        <translation type="unfinished">Dewiswch y PDF a gydlofnododd eich rheolwr llinell. Caiff ei wirio cyn i ddim gael ei gadw: eich llofnod, mai fersiwn a allforiwyd gennych yw hi, a phwy a&apos;i cydlofnododd. I fod yn siŵr mai nhw oedd e, cymharwch y geiriau ôl bys a ddangosir â&apos;r rhai y mae eu ap yn eu dangos iddynt (Help › My identity).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Choose file…</source>
        <translation type="unfinished">&amp;Dewis ffeil…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose file</source>
        <translation type="unfinished">Dewis ffeil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the countersigned PDF to check.</source>
        <translation type="unfinished">Dewiswch y PDF wedi&apos;i gydlofnodi i&apos;w wirio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chosen file</source>
        <translation type="unfinished">Y ffeil a ddewiswyd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The countersigned PDF being checked.</source>
        <translation type="unfinished">Y PDF wedi&apos;i gydlofnodi sy&apos;n cael ei wirio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No file chosen</source>
        <translation type="unfinished">Dim ffeil wedi&apos;i dewis</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Checking</source>
        <translation type="unfinished">Wrthi&apos;n gwirio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shown while the file is checked or recorded.</source>
        <translation type="unfinished">Yn cael ei ddangos tra bo&apos;r ffeil yn cael ei gwirio neu ei chofnodi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result</source>
        <translation type="unfinished">Canlyniad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The outcome of the checks.</source>
        <translation type="unfinished">Canlyniad y gwiriadau.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What the checks found</source>
        <extracomment>The manager&apos;s certificate in words and groups, with where they find theirs to compare.</extracomment>
        <translation type="unfinished">Beth a ganfu&apos;r gwiriadau</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who signed, their certificate fingerprints, the manager&apos;s comment and which version of your passport they agreed to.</source>
        <translation type="unfinished">Pwy a lofnododd, olion bysedd eu tystysgrifau, sylw&apos;r rheolwr a pha fersiwn o&apos;ch pasbort y cytunwyd arni.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+2"/>
        <location line="+86"/>
        <source>Record as agreed</source>
        <translation type="unfinished">Cofnodi fel y cytunwyd</translation>
    </message>
    <message>
        <location line="-85"/>
        <location line="+66"/>
        <source>Save this countersigned copy in your vault.</source>
        <translation type="unfinished">Cadw&apos;r copi hwn wedi&apos;i gydlofnodi yn eich pasbort.</translation>
    </message>
    <message>
        <location line="-62"/>
        <location line="+1"/>
        <source>Cancel</source>
        <translation type="unfinished">Diddymu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close without importing anything.</source>
        <translation type="unfinished">Cau heb fewnforio dim.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose the countersigned PDF</source>
        <translation type="unfinished">Dewiswch y PDF wedi&apos;i gydlofnodi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished">Ffeiliau PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Checking…</source>
        <translation type="unfinished">Wrthi&apos;n gwirio…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>⚠ {state}. Check with {name} in person before trusting it.</source>
        <extracomment>{state} is the outcome of the checks (for example &quot;Countersigned by your line manager&quot;).</extracomment>
        <translation type="unfinished">⚠ {state}. Holwch {name} wyneb yn wyneb cyn ymddiried ynddi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>⚠ {state}.</source>
        <translation type="unfinished">⚠ {state}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{state}.</source>
        <translation type="unfinished">{state}.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Trust the NEW certificate and record</source>
        <translation type="unfinished">Ymddiried yn y dystysgrif NEWYDD a chofnodi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trust {name}, accept and record</source>
        <extracomment>{name}: the name in the manager&apos;s certificate (cut to 40 characters).</extracomment>
        <translation type="unfinished">Ymddiried yn {name}, derbyn a chofnodi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trust {name} and record</source>
        <translation type="unfinished">Ymddiried yn {name} a chofnodi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accept signed externally and record</source>
        <translation type="unfinished">Derbyn y llofnod allanol a chofnodi</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file was not checked.</source>
        <translation type="unfinished">Ni wiriwyd y ffeil.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not imported: {reason} Your passport is unchanged.</source>
        <translation type="unfinished">Heb ei fewnforio: {reason} Nid yw eich pasbort wedi newid.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Recorded as agreed by both. {status}.</source>
        <extracomment>{status} is the agreement line (agreed with whom, the next review).</extracomment>
        <translation type="unfinished">Wedi&apos;i gofnodi fel y cytunodd y ddau ohonoch. {status}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Close</source>
        <translation type="unfinished">Cau</translation>
    </message>
</context>
<context>
    <name>IncludePage</name>
    <message>
        <location filename="../../carerpassport/ui/dialogs/flexible_request_wizard.py" line="-365"/>
        <source>What to include from your passport</source>
        <translation type="unfinished">Beth i&apos;w gynnwys o&apos;ch pasbort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only what you tick goes into the request. You can change the words on a later page.</source>
        <translation type="unfinished">Dim ond yr hyn a diciwch sy&apos;n mynd i&apos;r cais. Gallwch newid y geiriau ar dudalen ddiweddarach.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your passport has nothing to offer yet: answer “How does caring affect your work?” or “What else would help?”, or propose a flexible-working action. You can still write the request yourself.</source>
        <translation type="unfinished">Nid oes gan eich pasbort ddim i&apos;w gynnig eto: atebwch “Sut mae gofalu&apos;n effeithio ar eich gwaith?” neu “Beth arall fyddai&apos;n helpu?”, neu cynigiwch gam gweithredu gweithio hyblyg. Gallwch ddal i ysgrifennu&apos;r cais eich hun.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{heading} (private in your passport): {preview}</source>
        <extracomment>One thing the passport can add to the request: its heading, then the first words of its text.</extracomment>
        <translation type="unfinished">{heading} (preifat yn eich pasbort): {preview}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{heading}: {preview}</source>
        <translation type="unfinished">{heading}: {preview}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Include: {heading}</source>
        <translation type="unfinished">Cynnwys: {heading}</translation>
    </message>
</context>
<context>
    <name>IntroPage</name>
    <message>
        <location filename="../../carerpassport/ui/dialogs/review_wizard.py" line="-201"/>
        <source>Review your passport</source>
        <extracomment>Where a page lays out its content, below its subtitle.</extracomment>
        <translation type="unfinished">Adolygu eich pasbort</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Review at least every 12 months, and whenever your caring, health, role or manager changes.</source>
        <translation type="unfinished">Adolygwch o leiaf bob 12 mis, a phryd bynnag y bydd eich gofalu, eich iechyd, eich rôl neu eich rheolwr yn newid.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Discard my earlier answers and start again</source>
        <translation type="unfinished">&amp;Taflu fy atebion cynharach a dechrau eto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start the review again</source>
        <translation type="unfinished">Dechrau&apos;r adolygiad eto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget what you marked in the unfinished review.</source>
        <translation type="unfinished">Anghofio&apos;r hyn a nodoch yn yr adolygiad heb ei orffen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Regular review</source>
        <translation type="unfinished">Adolygiad rheolaidd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The passport is due for its review.</source>
        <translation type="unfinished">Mae&apos;n bryd adolygu&apos;r pasbort.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>My circumstances changed</source>
        <translation type="unfinished">Mae fy amgylchiadau wedi newid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something changed in your caring, health, role or manager.</source>
        <translation type="unfinished">Mae rhywbeth wedi newid yn eich gofalu, eich iechyd, eich rôl neu eich rheolwr.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It is &amp;time for my regular review</source>
        <translation type="unfinished">Mae&apos;n &amp;bryd am fy adolygiad rheolaidd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>My &amp;circumstances changed</source>
        <translation type="unfinished">Mae fy &amp;amgylchiadau wedi newid</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For example: my caring hours went up</source>
        <translation type="unfinished">Er enghraifft: mae fy oriau gofalu wedi codi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In a few words, what changed? For example: my caring hours went up</source>
        <translation type="unfinished">Mewn ychydig eiriau, beth sydd wedi newid? Er enghraifft: mae fy oriau gofalu wedi codi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What changed</source>
        <translation type="unfinished">Beth sydd wedi newid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A few words for your own record.</source>
        <translation type="unfinished">Ychydig eiriau ar gyfer eich cofnod eich hun.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>For each answer and agreed action you will be asked: is this still true? Choose “still true”, “changed” (and write what is true now) or “no longer applies”.</source>
        <translation type="unfinished">Ar gyfer pob ateb a cham gweithredu y cytunwyd arno, gofynnir i chi: ydy hyn yn dal yn wir? Dewiswch “yn dal yn wir”, “wedi newid” (ac ysgrifennwch beth sy&apos;n wir nawr) neu “nid yw&apos;n berthnasol mwyach”.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>You started a review on {day} and marked {marked} of {count} items. Continue where you stopped, or start again.</source>
        <translation type="unfinished">Fe ddechreuoch chi adolygiad ar {day} a nodi {marked} o {count} eitem. Ewch ymlaen o&apos;r fan lle gwnaethoch chi stopio, neu dechreuwch eto.</translation>
    </message>
</context>
<context>
    <name>ItemBox</name>
    <message>
        <location line="+33"/>
        <source>Agreed action</source>
        <translation type="unfinished">Cam gweithredu y cytunwyd arno</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Now: {label}</source>
        <translation type="unfinished">Nawr: {label}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Review date: {day}</source>
        <translation type="unfinished">Dyddiad adolygu: {day}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{verdict}: {label}</source>
        <translation type="unfinished">{verdict}: {label}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Is this still true?</source>
        <translation type="unfinished">Ydy hyn yn dal yn wir?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What is true now: {label}</source>
        <translation type="unfinished">Beth sy&apos;n wir nawr: {label}</translation>
    </message>
</context>
<context>
    <name>LeaveDialogs</name>
    <message>
        <location filename="../../carerpassport/ui/dialogs/leave_dialogs.py" line="-61"/>
        <source>&amp;Save</source>
        <translation type="unfinished">&amp;Cadw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation type="unfinished">Diddymu</translation>
    </message>
</context>
<context>
    <name>LeaveEntryDialog</name>
    <message>
        <location line="+110"/>
        <source>Edit carer&apos;s leave</source>
        <translation type="unfinished">Golygu absenoldeb gofalwr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan carer&apos;s leave</source>
        <translation type="unfinished">Cynllunio absenoldeb gofalwr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the days, whole or half, and who the leave is for by relationship only.</source>
        <translation type="unfinished">Dewiswch y diwrnodau, cyfan neu hanner, ac ar gyfer pwy mae&apos;r absenoldeb yn ôl y berthynas yn unig.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Days of leave</source>
        <translation type="unfinished">Diwrnodau o absenoldeb</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days:</source>
        <translation type="unfinished">Diwrnodau:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Planned or taken</source>
        <translation type="unfinished">Wedi&apos;i gynllunio neu wedi&apos;i gymryd</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Status:</source>
        <translation type="unfinished">&amp;Statws:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Who the leave is for</source>
        <translation type="unfinished">Ar gyfer pwy mae&apos;r absenoldeb</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;For:</source>
        <translation type="unfinished">&amp;Ar gyfer:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I have given &amp;notice, on:</source>
        <translation type="unfinished">Rwyf wedi rhoi &amp;hysbysiad, ar:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I have given notice</source>
        <translation type="unfinished">Rwyf wedi rhoi hysbysiad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick when you have told your employer.</source>
        <translation type="unfinished">Ticiwch pan fyddwch wedi dweud wrth eich cyflogwr.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Date notice was given</source>
        <translation type="unfinished">Y dyddiad y rhoddwyd hysbysiad</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Private note</source>
        <translation type="unfinished">Nodyn preifat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A reminder for you only; it is never put in a notice.</source>
        <translation type="unfinished">Nodyn atgoffa i chi yn unig; nid yw byth yn cael ei roi mewn hysbysiad.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For you only</source>
        <translation type="unfinished">I chi yn unig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pri&amp;vate note:</source>
        <translation type="unfinished">Nodyn &amp;preifat:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What the rules say</source>
        <translation type="unfinished">Beth mae&apos;r rheolau&apos;n ei ddweud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The latest date to give notice, and whether it is late.</source>
        <translation type="unfinished">Y dyddiad olaf i roi hysbysiad, ac a yw&apos;n hwyr.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save this leave</source>
        <translation type="unfinished">Cadw&apos;r absenoldeb hwn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation type="unfinished">Diddymu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close without saving.</source>
        <translation type="unfinished">Cau heb gadw.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{amount} of leave taken.</source>
        <translation type="unfinished">{amount} o absenoldeb wedi&apos;i gymryd.</translation>
    </message>
</context>
<context>
    <name>LeaveModel</name>
    <message>
        <location filename="../../carerpassport/ui/models/leave_model.py" line="+24"/>
        <source>Days</source>
        <extracomment>The column titles (translated when the model is made).</extracomment>
        <translation type="unfinished">Diwrnodau</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation type="unfinished">Faint</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation type="unfinished">Statws</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>For</source>
        <translation type="unfinished">Ar gyfer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notice</source>
        <translation type="unfinished">Hysbysiad</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Parent</source>
        <extracomment>Short words for the table (the dialog shows the full labels): the Days column needs the room.</extracomment>
        <translation type="unfinished">Rhiant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner</source>
        <translation type="unfinished">Partner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Child</source>
        <translation type="unfinished">Plentyn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lives with me</source>
        <translation type="unfinished">Yn byw gyda mi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relies on me</source>
        <translation type="unfinished">Yn dibynnu arnaf</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>{days} (asked for {asked})</source>
        <extracomment>The entry&apos;s id (a str) for a row. True when the row&apos;s notice is late. A postponed request: the employer&apos;s new {days}, then the days first asked for.</extracomment>
        <translation type="unfinished">{days} (gofynnwyd am {asked})</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+3"/>
        <source>Given {date}</source>
        <translation type="unfinished">Rhoddwyd {date}</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>LATE: given {date}</source>
        <translation type="unfinished">HWYR: rhoddwyd {date}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>LATE: due by {date}</source>
        <translation type="unfinished">HWYR: roedd ei angen erbyn {date}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Give by {date}</source>
        <translation type="unfinished">Rhowch erbyn {date}</translation>
    </message>
</context>
<context>
    <name>LeaveView</name>
    <message>
        <location filename="../../carerpassport/ui/views/leave_view.py" line="+85"/>
        <source>In hours, to the quarter hour (7.5 is seven and a half hours).</source>
        <translation type="unfinished">Mewn oriau, i&apos;r chwarter awr (7.5 yw saith awr a hanner).</translation>
    </message>
    <message>
        <location line="+188"/>
        <source>Carer&apos;s leave page</source>
        <translation type="unfinished">Tudalen absenoldeb gofalwr</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scroll to see the whole page.</source>
        <translation type="unfinished">Sgroliwch i weld y dudalen gyfan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Carer&apos;s leave</source>
        <translation type="unfinished">Absenoldeb gofalwr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not legal advice</source>
        <translation type="unfinished">Nid cyngor cyfreithiol</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>By law (England, Wales and Scotland) you can take one week of unpaid carer&apos;s leave in any 12 months, from your first day, in half or whole days, to give or arrange care for someone with a long-term care need. Your employer cannot refuse it or ask for evidence, only postpone it.</source>
        <translation type="unfinished">Yn ôl y gyfraith (Cymru, Lloegr a&apos;r Alban) gallwch gymryd wythnos o absenoldeb gofalwr di-dâl mewn unrhyw 12 mis, o&apos;ch diwrnod cyntaf, fesul hanner diwrnod neu ddiwrnod cyfan, i roi neu drefnu gofal i rywun ag angen gofal hirdymor. Ni all eich cyflogwr ei wrthod na gofyn am dystiolaeth, dim ond ei ohirio.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Why the rules do not apply</source>
        <translation type="unfinished">Pam nad yw&apos;r rheolau&apos;n berthnasol</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your carer&apos;s leave</source>
        <translation type="unfinished">Eich absenoldeb gofalwr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By first day. Enter edits, Delete removes.</source>
        <translation type="unfinished">Yn ôl y diwrnod cyntaf. Mae Enter yn golygu, mae Delete yn tynnu.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Keys: Ctrl+N plan · Enter edit · Delete remove · Ctrl+Z undo remove</source>
        <translation type="unfinished">Bysellau: Ctrl+N cynllunio · Enter golygu · Delete tynnu · Ctrl+Z dadwneud tynnu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave status</source>
        <translation type="unfinished">Statws absenoldeb</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your balance</source>
        <translation type="unfinished">Eich balans</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In the 12 months &amp;ending:</source>
        <translation type="unfinished">Yn y 12 mis sy&apos;n dod i ben &amp;ar:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Balance on this date</source>
        <translation type="unfinished">Balans ar y dyddiad hwn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The 12 months ending on this date are counted.</source>
        <translation type="unfinished">Mae&apos;r 12 mis sy&apos;n dod i ben ar y dyddiad hwn yn cael eu cyfrif.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Balance</source>
        <translation type="unfinished">Balans</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entitlement, used, booked and remaining.</source>
        <translation type="unfinished">Hawl, wedi&apos;i ddefnyddio, wedi&apos;i drefnu ac ar ôl.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>P&amp;lan leave…</source>
        <translation type="unfinished">C&amp;ynllunio absenoldeb…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan or record carer&apos;s leave (Ctrl+N).</source>
        <translation type="unfinished">Cynllunio neu gofnodi absenoldeb gofalwr (Ctrl+N).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished">&amp;Golygu…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the selected leave (Enter).</source>
        <translation type="unfinished">Newid yr absenoldeb a ddewiswyd (Enter).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Postpo&amp;ned…</source>
        <translation type="unfinished">Wedi&apos;i o&amp;hirio…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the new dates your employer gave you.</source>
        <translation type="unfinished">Cofnodi&apos;r dyddiadau newydd a roddodd eich cyflogwr i chi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mark &amp;taken</source>
        <translation type="unfinished">Nodi wedi&apos;i gy&amp;mryd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record that you took the selected leave.</source>
        <translation type="unfinished">Cofnodi eich bod wedi cymryd yr absenoldeb a ddewiswyd.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>N&amp;otice…</source>
        <translation type="unfinished">Hysbysia&amp;d…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The notice to give your employer: copy it or save it.</source>
        <translation type="unfinished">Yr hysbysiad i&apos;w roi i&apos;ch cyflogwr: copïwch ef neu ei gadw.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remo&amp;ve…</source>
        <translation type="unfinished">&amp;Tynnu…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected leave (Delete). You can undo it.</source>
        <translation type="unfinished">Tynnu&apos;r absenoldeb a ddewiswyd (Delete). Gallwch ddadwneud hyn.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Undo remove</source>
        <translation type="unfinished">Dad&amp;wneud tynnu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring back the leave you removed last (Ctrl+Z).</source>
        <translation type="unfinished">Dod â&apos;r absenoldeb a dynnoch ddiwethaf yn ôl (Ctrl+Z).</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>From {start} to {end}:</source>
        <extracomment>The first line of the balance; the lines after it say the entitlement, used, booked and remaining.</extracomment>
        <translation type="unfinished">O {start} i {end}:</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Saved.</source>
        <translation type="unfinished">Wedi&apos;i gadw.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nothing changed.</source>
        <translation type="unfinished">Dim wedi newid.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Leave saved.</source>
        <translation type="unfinished">Wedi cadw&apos;r absenoldeb.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Postponement recorded. </source>
        <translation type="unfinished">Wedi cofnodi&apos;r gohirio. </translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Marked as taken.</source>
        <translation type="unfinished">Wedi nodi ei fod wedi&apos;i gymryd.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remove this leave?</source>
        <translation type="unfinished">Tynnu&apos;r absenoldeb hwn?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove this leave from your log?</source>
        <translation type="unfinished">Tynnu&apos;r absenoldeb hwn o&apos;ch cofnod?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You can bring it back with “Undo remove” (Ctrl+Z).</source>
        <translation type="unfinished">Gallwch ddod ag ef yn ôl gyda “Dadwneud tynnu” (Ctrl+Z).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation type="unfinished">Tynnu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancel</source>
        <translation type="unfinished">Diddymu</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Removed. Press “Undo remove” (Ctrl+Z) to bring it back.</source>
        <translation type="unfinished">Wedi&apos;i dynnu. Pwyswch “Dadwneud tynnu” (Ctrl+Z) i ddod ag ef yn ôl.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Put back.</source>
        <translation type="unfinished">Wedi&apos;i roi yn ôl.</translation>
    </message>
</context>
<context>
    <name>LockedPage</name>
    <message>
        <location filename="../../carerpassport/ui/widgets/locked_page.py" line="+16"/>
        <source>Nothing from your passport is on the screen or in memory while it is locked.</source>
        <translation type="unfinished">Does dim o&apos;ch pasbort ar y sgrin nac yn y cof tra bydd wedi&apos;i gloi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No passport was created. Close the app, or set one up now.</source>
        <translation type="unfinished">Ni chafodd pasbort ei greu. Caewch yr ap, neu sefydlwch un nawr.</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+27"/>
        <source>Your passport is locked</source>
        <translation type="unfinished">Mae eich pasbort wedi&apos;i gloi</translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+19"/>
        <source>&amp;Unlock…</source>
        <translation type="unfinished">&amp;Datgloi…</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+19"/>
        <source>Unlock</source>
        <translation type="unfinished">Datgloi</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+19"/>
        <source>Open your passport with your passphrase or recovery code.</source>
        <translation type="unfinished">Agor eich pasbort gyda&apos;ch cyfrinymadrodd neu&apos;ch cod adfer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No passport yet</source>
        <translation type="unfinished">Dim pasbort eto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Set up…</source>
        <translation type="unfinished">&amp;Sefydlu…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set up</source>
        <translation type="unfinished">Sefydlu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create your passport, or restore it from a backup.</source>
        <translation type="unfinished">Creu eich pasbort, neu ei adfer o gopi wrth gefn.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../carerpassport/ui/app.py" line="+115"/>
        <location filename="../../carerpassport/ui/main_window.py" line="+125"/>
        <location line="+1"/>
        <source>Carer&apos;s Passport</source>
        <extracomment>Set to report the moment of the first paint (``first_paint_epoch=…`` on stdout) and quit: benchmarks.
----------
After unlock, once the window has had this long to show the passport and make its cards, the other pages are built one per event-loop turn in the background, so choosing one later costs only its refresh and paint (building a page with its tables is 20-40 ms of the GUI thread).</extracomment>
        <translation type="unfinished">Pasbort Gofalwyr</translation>
    </message>
    <message>
        <location filename="../../carerpassport/ui/main_window.py" line="-36"/>
        <source>Locked after a time with no use.</source>
        <translation type="unfinished">Wedi&apos;i gloi ar ôl cyfnod heb ei ddefnyddio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Locked because your screen locked.</source>
        <translation type="unfinished">Wedi&apos;i gloi oherwydd bod eich sgrin wedi cloi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restoring your passport from a backup…</source>
        <translation type="unfinished">Yn adfer eich pasbort o gopi wrth gefn…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Your carer&apos;s passport: your answers, agreed actions and history.</source>
        <translation type="unfinished">Eich pasbort gofalwyr: eich atebion, y camau y cytunwyd arnynt a&apos;r hanes.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+548"/>
        <source>Locked</source>
        <extracomment>Shown after an unlock that finished or rolled back an interrupted change of keys.</extracomment>
        <translation type="unfinished">Wedi&apos;i gloi</translation>
    </message>
    <message>
        <location line="-494"/>
        <source>Your passport could not be found or opened: {reason}</source>
        <extracomment>{reason} is a sentence saying why (a missing folder, a damaged file).</extracomment>
        <translation type="unfinished">Nid oedd modd dod o hyd i&apos;ch pasbort na&apos;i agor: {reason}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;File</source>
        <extracomment>The menu bar&apos;s titles: each needs its own underlined (&amp;) letter.</extracomment>
        <translation type="unfinished">&amp;Ffeil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation type="unfinished">&amp;Gweld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Review</source>
        <translation type="unfinished">&amp;Adolygu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Manager</source>
        <translation type="unfinished">&amp;Rheolwr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation type="unfinished">C&amp;ymorth</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Sections of the app</source>
        <translation type="unfinished">Adrannau&apos;r ap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose what to show: your passport, agreed actions, history or sharing. Ctrl+1 to Ctrl+4 also switch.</source>
        <translation type="unfinished">Dewiswch beth i&apos;w ddangos: eich pasbort, camau y cytunwyd arnynt, hanes neu rannu. Mae Ctrl+1 i Ctrl+4 hefyd yn newid.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Current section</source>
        <translation type="unfinished">Yr adran bresennol</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Choose what to show: {sections}. Ctrl+1 to Ctrl+7 also switch.</source>
        <extracomment>{sections} lists the sections&apos; names, e.g. &quot;passport, agreed actions, history&quot;.</extracomment>
        <translation type="unfinished">Dewiswch beth i&apos;w ddangos: {sections}. Mae Ctrl+1 i Ctrl+7 hefyd yn newid.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Save state</source>
        <translation type="unfinished">Cyflwr cadw</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lock state</source>
        <translation type="unfinished">Cyflwr cloi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Working</source>
        <translation type="unfinished">Wrthi&apos;n gweithio</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{action} ({keys})</source>
        <extracomment>A button&apos;s tooltip: {action} is what it does, {keys} its keyboard shortcut, e.g. &quot;Ctrl+E&quot;.</extracomment>
        <translation type="unfinished">{action} ({keys})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Lock</source>
        <translation type="unfinished">&amp;Cloi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock now: hides everything until you unlock again.</source>
        <translation type="unfinished">Cloi nawr: yn cuddio popeth nes i chi ddatgloi eto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished">Go&amp;sodiadau…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase, recovery code, locking, colours and text size.</source>
        <translation type="unfinished">Cyfrinymadrodd, cod adfer, cloi, lliwiau a maint y testun.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation type="unfinished">&amp;Gadael</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save and close Carer&apos;s Passport.</source>
        <translation type="unfinished">Cadw a chau Pasbort Gofalwyr.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished">&amp;Llwybrau byr y bysellfwrdd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A list of the keys that work everywhere.</source>
        <translation type="unfinished">Rhestr o&apos;r bysellau sy&apos;n gweithio ym mhobman.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Carer&apos;s Passport</source>
        <translation type="unfinished">&amp;Ynghylch Pasbort Gofalwyr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The version, the licence, where your passport is kept, and that the app never goes online.</source>
        <translation type="unfinished">Y fersiwn, y drwydded, ble mae eich pasbort yn cael ei gadw, a&apos;r ffaith nad yw&apos;r ap byth yn mynd ar-lein.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Main</source>
        <translation type="unfinished">Prif</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Main toolbar</source>
        <translation type="unfinished">Prif far offer</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Saved</source>
        <translation type="unfinished">Wedi&apos;i gadw</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A change of keys was interrupted</source>
        <translation type="unfinished">Torrwyd ar draws newid allweddi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OK</source>
        <translation type="unfinished">Iawn</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>{page} could not be loaded in this copy of the app. Reinstalling may help.</source>
        <extracomment>{page} is the page&apos;s name, e.g. &quot;History&quot;.</extracomment>
        <translation type="unfinished">Nid oedd modd llwytho {page} yn y copi hwn o&apos;r ap. Gallai ei ailosod helpu.</translation>
    </message>
    <message>
        <location line="+88"/>
        <location line="+2"/>
        <source>Your last change could not be saved.</source>
        <translation type="unfinished">Nid oedd modd cadw eich newid diwethaf.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{reason} Your last change could not be saved and was not kept: {problem}</source>
        <extracomment>{reason} says why the passport locked (may be empty); {problem} why the change could not be saved.</extracomment>
        <translation type="unfinished">{reason} Nid oedd modd cadw eich newid diwethaf ac ni chafodd ei gadw: {problem}</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Unlocked — never locks by itself (Ctrl+L locks now)</source>
        <translation type="unfinished">Wedi&apos;i ddatgloi — nid yw byth yn cloi ohono&apos;i hun (mae Ctrl+L yn cloi nawr)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unlocked — locks after 1 idle minute (Ctrl+L locks now)</source>
        <translation type="unfinished">Wedi&apos;i ddatgloi — yn cloi ar ôl 1 munud segur (mae Ctrl+L yn cloi nawr)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unlocked — locks after {count} idle minutes (Ctrl+L locks now)</source>
        <translation type="unfinished">Wedi&apos;i ddatgloi — yn cloi ar ôl {count} munud segur (mae Ctrl+L yn cloi nawr)</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Could not open</source>
        <extracomment>{name} is the menu entry&apos;s text, e.g. &quot;Back up&quot;.</extracomment>
        <translation type="unfinished">Methu agor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>“{name}” could not be opened in this copy of the app. Reinstalling may help.</source>
        <translation type="unfinished">Nid oedd modd agor “{name}” yn y copi hwn o&apos;r ap. Gallai ei ailosod helpu.</translation>
    </message>
    <message>
        <location filename="../../carerpassport/ui/menu_specs.py" line="+84"/>
        <source>Passport</source>
        <extracomment>A manager&apos;s home: in the navigation (first, for someone here only as a manager) when the vault&apos;s role receives passports (see :class:`~carerpassport.domain.roles.Role`). Only for someone keeping a passport of their own (exporting it, reviewing it): hidden, with its shortcut, while the vault&apos;s role is a manager only (see :class:`~carerpassport.domain.roles.Role`).</extracomment>
        <translation type="unfinished">Pasbort</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your answers, section by section, with guidance beside each question.</source>
        <translation type="unfinished">Eich atebion, fesul adran, gyda chanllawiau wrth ymyl pob cwestiwn.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Agreed actions</source>
        <translation type="unfinished">Camau y cytunwyd arnynt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The support and flexibilities you and your manager agreed.</source>
        <translation type="unfinished">Y cymorth a&apos;r hyblygrwydd y cytunoch chi a&apos;ch rheolwr arnynt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>History</source>
        <translation type="unfinished">Hanes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every saved version of your passport; look at or restore any of them.</source>
        <translation type="unfinished">Pob fersiwn o&apos;ch pasbort a gadwyd; edrychwch ar unrhyw un ohonynt neu ei adfer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sharing</source>
        <translation type="unfinished">Rhannu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Who you gave a copy to, and what they hold.</source>
        <translation type="unfinished">I bwy y rhoesoch gopi, a beth sydd ganddynt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+180"/>
        <source>Carer&apos;s leave</source>
        <translation type="unfinished">Absenoldeb gofalwr</translation>
    </message>
    <message>
        <location line="-176"/>
        <source>Your week of carer&apos;s leave: plan it, see what is left, and the notice to give.</source>
        <translation type="unfinished">Eich wythnos o absenoldeb gofalwr: ei chynllunio, gweld beth sydd ar ôl, a&apos;r rhybudd i&apos;w roi.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Requests</source>
        <translation type="unfinished">Ceisiadau</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your statutory flexible-working requests: when each was sent, when the decision is due, what happened.</source>
        <translation type="unfinished">Eich ceisiadau gweithio hyblyg statudol: pryd yr anfonwyd pob un, pryd mae&apos;r penderfyniad yn ddyledus, beth ddigwyddodd.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Passports you hold</source>
        <translation type="unfinished">Pasbortau sydd gennych</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Passports your team gave you: read, countersign or delete them (manager mode).</source>
        <translation type="unfinished">Pasbortau a roddodd eich tîm i chi: eu darllen, eu cydlofnodi neu eu dileu (modd rheolwr).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Export for my manager…</source>
        <translation type="unfinished">&amp;Allforio ar gyfer fy rheolwr…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make a signed PDF of what you chose to share.</source>
        <translation type="unfinished">Gwneud PDF wedi&apos;i lofnodi o&apos;r hyn a ddewisoch ei rannu.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Check a passport file…</source>
        <translation type="unfinished">Gwi&amp;rio ffeil pasbort…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check who signed a passport PDF and that nobody changed it.</source>
        <translation type="unfinished">Gwirio pwy lofnododd PDF pasbort ac nad oes neb wedi&apos;i newid.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Import countersigned copy…</source>
        <translation type="unfinished">&amp;Mewnforio copi wedi&apos;i gydlofnodi…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bring back the copy your manager signed.</source>
        <translation type="unfinished">Dod â&apos;r copi a lofnododd eich rheolwr yn ôl.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import my employer&apos;s &amp;form…</source>
        <translation type="unfinished">Mewnforio &amp;ffurflen fy nghyflogwr…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use your employer&apos;s own passport form: their questions, policies and contacts.</source>
        <translation type="unfinished">Defnyddio ffurflen pasbort eich cyflogwr ei hun: eu cwestiynau, eu polisïau a&apos;u cysylltiadau.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Send &amp;encrypted copy…</source>
        <translation type="unfinished">A&amp;nfon copi wedi&apos;i amgryptio…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make an encrypted file only the people you choose can open.</source>
        <translation type="unfinished">Gwneud ffeil wedi&apos;i hamgryptio na all neb ond y bobl a ddewiswch ei hagor.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Open encrypted copy…</source>
        <translation type="unfinished">Ag&amp;or copi wedi&apos;i amgryptio…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check an encrypted passport file someone sent you, and import it.</source>
        <translation type="unfinished">Gwirio ffeil pasbort wedi&apos;i hamgryptio a anfonodd rhywun atoch, a&apos;i mewnforio.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Back up…</source>
        <translation type="unfinished">Copi &amp;wrth gefn…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save an encrypted copy of your whole passport, for example to a USB stick.</source>
        <translation type="unfinished">Cadw copi wedi&apos;i amgryptio o&apos;ch pasbort cyfan, er enghraifft ar gof bach USB.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Restore…</source>
        <translation type="unfinished">A&amp;dfer…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bring back your passport from a backup.</source>
        <translation type="unfinished">Dod â&apos;ch pasbort yn ôl o gopi wrth gefn.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Countersign a passport…</source>
        <translation type="unfinished">&amp;Cydlofnodi pasbort…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As a manager: check a passport PDF from your team, add a comment and sign it.</source>
        <translation type="unfinished">Fel rheolwr: gwirio PDF pasbort gan eich tîm, ychwanegu sylw a&apos;i lofnodi.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Start a review…</source>
        <translation type="unfinished">&amp;Dechrau adolygiad…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Go through your passport section by section and check it is still right.</source>
        <translation type="unfinished">Ewch drwy eich pasbort fesul adran a gwiriwch ei fod yn dal yn gywir.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>My &amp;circumstances changed…</source>
        <translation type="unfinished">Mae fy &amp;amgylchiadau wedi newid…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start a review now because your caring, health, role or manager changed.</source>
        <translation type="unfinished">Dechrau adolygiad nawr oherwydd bod eich gofalu, eich iechyd, eich rôl neu eich rheolwr wedi newid.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>C&amp;hange manager…</source>
        <translation type="unfinished">Newid &amp;rheolwr…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Moving post or getting a new manager: choose what they see.</source>
        <translation type="unfinished">Symud swydd neu gael rheolwr newydd: dewiswch beth maen nhw&apos;n ei weld.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Preparation checklist…</source>
        <translation type="unfinished">Rhestr wirio &amp;baratoi…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A private checklist to prepare for a meeting with your manager.</source>
        <translation type="unfinished">Rhestr wirio breifat i baratoi ar gyfer cyfarfod gyda&apos;ch rheolwr.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add review dates to my c&amp;alendar…</source>
        <translation type="unfinished">Ychwanegu dyddiadau adolygu at fy &amp;nghalendr…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save your review dates as a calendar file, with neutral titles only.</source>
        <translation type="unfinished">Cadw eich dyddiadau adolygu fel ffeil calendr, gyda theitlau niwtral yn unig.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>My &amp;identity…</source>
        <translation type="unfinished">Fy &amp;hunaniaeth…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your fingerprint to read aloud, and the public card others need to send you files.</source>
        <translation type="unfinished">Eich ôl bys i&apos;w ddarllen yn uchel, a&apos;r cerdyn cyhoeddus sydd ei angen ar eraill i anfon ffeiliau atoch.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Flexible-working request…</source>
        <translation type="unfinished">Cais &amp;gweithio hyblyg…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Draft a statutory request to change your hours, times or place of work.</source>
        <translation type="unfinished">Drafftio cais statudol i newid eich oriau, eich amseroedd neu eich man gwaith.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Lock now</source>
        <extracomment>File-menu entries that start a new group (a separator above them). Shown by Help, Keyboard shortcuts: (keys, what they do).</extracomment>
        <translation type="unfinished">Cloi nawr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passport, Agreed actions, History, Sharing</source>
        <translation type="unfinished">Pasbort, Camau y cytunwyd arnynt, Hanes, Rhannu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passports you hold (manager mode)</source>
        <translation type="unfinished">Pasbortau sydd gennych (modd rheolwr)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export for my manager</source>
        <translation type="unfinished">Allforio ar gyfer fy rheolwr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flexible-working requests</source>
        <translation type="unfinished">Ceisiadau gweithio hyblyg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import countersigned copy</source>
        <translation type="unfinished">Mewnforio copi wedi&apos;i gydlofnodi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open encrypted copy</source>
        <translation type="unfinished">Agor copi wedi&apos;i amgryptio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a review</source>
        <translation type="unfinished">Dechrau adolygiad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation type="unfinished">Gosodiadau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo / redo typing</source>
        <translation type="unfinished">Dadwneud / ailwneud teipio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move between controls</source>
        <translation type="unfinished">Symud rhwng rheolyddion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This list</source>
        <translation type="unfinished">Y rhestr hon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation type="unfinished">Gadael</translation>
    </message>
</context>
<context>
    <name>NoticeDialog</name>
    <message>
        <location filename="../../carerpassport/ui/dialogs/leave_dialogs.py" line="+115"/>
        <source>Notice of carer&apos;s leave</source>
        <translation type="unfinished">Hysbysiad o absenoldeb gofalwr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The notice to give your employer: which days, and that you are entitled. It asks for no evidence and gives none.</source>
        <translation type="unfinished">Yr hysbysiad i&apos;w roi i&apos;ch cyflogwr: pa ddiwrnodau, a bod gennych hawl. Nid yw&apos;n gofyn am dystiolaeth ac nid yw&apos;n rhoi dim.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Notice need not be in writing, but a written one is a record. It says only that you are entitled and which days: no names, no reasons, no evidence. Saving it as a file records it in your Sharing page. </source>
        <translation type="unfinished">Nid oes rhaid i hysbysiad fod yn ysgrifenedig, ond mae un ysgrifenedig yn gofnod. Mae&apos;n dweud yn unig bod gennych hawl a pha ddiwrnodau: dim enwau, dim rhesymau, dim tystiolaeth. Mae ei gadw fel ffeil yn ei gofnodi ar eich tudalen Rhannu. </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Who the notice is for</source>
        <translation type="unfinished">Ar gyfer pwy mae&apos;r hysbysiad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;To:</source>
        <translation type="unfinished">&amp;At:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Language of the notice</source>
        <translation type="unfinished">Iaith yr hysbysiad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The notice can be in your employer&apos;s language.</source>
        <translation type="unfinished">Gall yr hysbysiad fod yn iaith eich cyflogwr.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language:</source>
        <translation type="unfinished">&amp;Iaith:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notice text</source>
        <translation type="unfinished">Testun yr hysbysiad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The notice as it will be copied or saved.</source>
        <translation type="unfinished">Yr hysbysiad fel y caiff ei gopïo neu ei gadw.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Notice status</source>
        <translation type="unfinished">Statws yr hysbysiad</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>Close the notice.</source>
        <translation type="unfinished">Cau&apos;r hysbysiad.</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+1"/>
        <source>Close</source>
        <translation type="unfinished">Cau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation type="unfinished">&amp;Copïo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy the notice</source>
        <translation type="unfinished">Copïo&apos;r hysbysiad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy it to paste into an email or a message.</source>
        <translation type="unfinished">Copïwch ef i&apos;w ludo mewn e-bost neu neges.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save as te&amp;xt…</source>
        <translation type="unfinished">Cadw fel &amp;testun…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the notice as a text file</source>
        <translation type="unfinished">Cadw&apos;r hysbysiad fel ffeil testun</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save as &amp;PDF…</source>
        <translation type="unfinished">Cadw fel &amp;PDF…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the notice as a PDF</source>
        <translation type="unfinished">Cadw&apos;r hysbysiad fel PDF</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Copied. Paste it into an email or message to your employer.</source>
        <translation type="unfinished">Wedi&apos;i gopïo. Gludwch ef mewn e-bost neu neges at eich cyflogwr.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save the notice</source>
        <translation type="unfinished">Cadw&apos;r hysbysiad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished">Ffeiliau PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text files (*.txt)</source>
        <translation type="unfinished">Ffeiliau testun (*.txt)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saving…</source>
        <translation type="unfinished">Wrthi&apos;n cadw…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved to {path}; it is in your Sharing page.</source>
        <translation type="unfinished">Wedi&apos;i gadw yn {path}; mae ar eich tudalen Rhannu.</translation>
    </message>
</context>
<context>
    <name>OpenBundleDialog</name>
    <message>
        <location filename="../../carerpassport/ui/dialogs/open_bundle_dialog.py" line="+46"/>
        <source>An encrypted copy (a .passport.age file) is a passport sealed so that only the people it was made for can open it: inside are the signed PDF and the passport&apos;s data, and the sender&apos;s identity card. Nothing is stored until you choose Import; first it is checked: who sent it, and that nothing was changed.</source>
        <translation type="unfinished">Mae copi wedi&apos;i amgryptio (ffeil .passport.age) yn basbort wedi&apos;i selio fel mai dim ond y bobl y&apos;i gwnaed ar eu cyfer all ei agor: y tu mewn mae&apos;r PDF wedi&apos;i lofnodi, data&apos;r pasbort, a cherdyn adnabod yr anfonwr. Ni chaiff dim ei storio nes i chi ddewis Mewnforio; yn gyntaf caiff ei wirio: pwy a&apos;i hanfonodd, ac na newidiwyd dim.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>To open it: a copy sent to your identity card opens with this app&apos;s own key, by itself. A copy the sender locked with a passphrase needs that passphrase: type it above.</source>
        <translation type="unfinished">I&apos;w agor: mae copi a anfonwyd i&apos;ch cerdyn adnabod yn agor gydag allwedd yr ap hwn ei hun, ohono&apos;i hun. Mae copi a gloiodd yr anfonwr gyda chyfrinymadrodd angen y cyfrinymadrodd hwnnw: teipiwch ef uchod.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This copy was encrypted to identity cards: this app uses your own card&apos;s key by itself. Choose Check.</source>
        <translation type="unfinished">Cafodd y copi hwn ei amgryptio i gardiau adnabod: mae&apos;r ap hwn yn defnyddio allwedd eich cerdyn eich hun ohono&apos;i hun. Dewiswch Gwirio.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This copy is locked with a passphrase: type the passphrase the sender gave you (by phone or in person), then choose Check.</source>
        <translation type="unfinished">Mae&apos;r copi hwn wedi&apos;i gloi gyda chyfrinymadrodd: teipiwch y cyfrinymadrodd a roddodd yr anfonwr i chi (dros y ffôn neu wyneb yn wyneb), yna dewiswch Gwirio.</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+59"/>
        <source>Open an encrypted copy</source>
        <translation type="unfinished">Agor copi wedi&apos;i amgryptio</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Check an encrypted passport file and import it.</source>
        <translation type="unfinished">Gwirio ffeil pasbort wedi&apos;i hamgryptio a&apos;i mewnforio.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished">&amp;Pori…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the file</source>
        <translation type="unfinished">Dewis y ffeil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a file chooser.</source>
        <translation type="unfinished">Agor dewisydd ffeiliau.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypted file</source>
        <translation type="unfinished">Ffeil wedi&apos;i hamgryptio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The .passport.age file you were sent.</source>
        <translation type="unfinished">Y ffeil .passport.age a anfonwyd atoch.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pass&amp;phrase, if the sender locked it with one:</source>
        <translation type="unfinished">Cyfrinymadr&amp;odd, os gwnaeth yr anfonwr ei gloi gydag un:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Passphrase</source>
        <translation type="unfinished">Cyfrinymadrodd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Only for a copy locked with a passphrase: the one the sender gave you (by phone or in person). Leave it empty for a copy encrypted to your card.</source>
        <translation type="unfinished">Dim ond ar gyfer copi wedi&apos;i gloi gyda chyfrinymadrodd: yr un a roddodd yr anfonwr i chi (dros y ffôn neu wyneb yn wyneb). Gadewch ef yn wag ar gyfer copi a amgryptiwyd i&apos;ch cerdyn.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What this file needs</source>
        <translation type="unfinished">Beth sydd ei angen ar y ffeil hon</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the file holds</source>
        <translation type="unfinished">Beth sydd yn y ffeil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who sent it, whether it is intact, and which passport it is.</source>
        <translation type="unfinished">Pwy a&apos;i hanfonodd, a yw&apos;n gyfan, a pha basbort ydyw.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I compared the sender&apos;s &amp;fingerprint with them; trust them</source>
        <translation type="unfinished">Cymharais ôl &amp;bys yr anfonwr gyda nhw; ymddiried ynddynt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needed the first time someone sends you a file.</source>
        <translation type="unfinished">Mae angen hyn y tro cyntaf y mae rhywun yn anfon ffeil atoch.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I compared my &amp;manager&apos;s fingerprint with them; trust it</source>
        <translation type="unfinished">Cymharais ôl bys fy &amp;rheolwr gyda nhw; ymddiried ynddo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needed the first time your manager countersigns.</source>
        <translation type="unfinished">Mae angen hyn y tro cyntaf y mae eich rheolwr yn cydlofnodi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I checked the copy signed in another PDF reader; &amp;accept it</source>
        <translation type="unfinished">Gwiriais y copi a lofnodwyd mewn darllenydd PDF arall; ei &amp;dderbyn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needed when the manager&apos;s reader changed more than the form.</source>
        <translation type="unfinished">Mae angen hyn pan newidiodd darllenydd y rheolwr fwy na&apos;r ffurflen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close without importing.</source>
        <translation type="unfinished">Cau heb fewnforio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Check</source>
        <translation type="unfinished">&amp;Gwirio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the file</source>
        <translation type="unfinished">Gwirio&apos;r ffeil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decrypt and verify it; nothing is stored yet.</source>
        <translation type="unfinished">Ei ddadgryptio a&apos;i ddilysu; nid oes dim yn cael ei storio eto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import</source>
        <translation type="unfinished">&amp;Mewnforio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import</source>
        <translation type="unfinished">Mewnforio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store it in your vault.</source>
        <translation type="unfinished">Ei storio yn eich claddgell.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Encrypted passports (*{suffix} *.age);;All files (*)</source>
        <translation type="unfinished">Pasbortau wedi&apos;u hamgryptio (*{suffix} *.age);;Pob ffeil (*)</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Checking…</source>
        <translation type="unfinished">Wrthi&apos;n gwirio…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Your passport, countersigned:</source>
        <translation type="unfinished">Eich pasbort, wedi&apos;i gydlofnodi:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is {name}&apos;s passport; importing keeps it in Passports you hold, waiting for your countersignature.</source>
        <translation type="unfinished">Pasbort {name} yw hwn; mae ei fewnforio yn ei gadw yn Pasbortau rydych chi&apos;n eu dal, yn aros am eich cydlofnod.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is someone&apos;s passport; importing keeps it in Passports you hold, waiting for your countersignature.</source>
        <translation type="unfinished">Pasbort rhywun arall yw hwn; mae ei fewnforio yn ei gadw yn Pasbortau rydych chi&apos;n eu dal, yn aros am eich cydlofnod.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not safe to import: the sender&apos;s certificate is not the one you trusted for them. Check with them in person first.</source>
        <translation type="unfinished">Nid yw&apos;n ddiogel ei fewnforio: nid tystysgrif yr anfonwr yw&apos;r un yr ymddiriedoch ynddi ar eu cyfer. Holwch nhw wyneb yn wyneb yn gyntaf.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checked: intact and readable. Nothing is stored until you choose Import.</source>
        <translation type="unfinished">Wedi&apos;i wirio: yn gyfan ac yn ddarllenadwy. Ni chaiff dim ei storio nes i chi ddewis Mewnforio.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Importing…</source>
        <translation type="unfinished">Wrthi&apos;n mewnforio…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Kept {name}&apos;s passport in Passports you hold, waiting for your countersignature. Open it there to read and countersign it.</source>
        <translation type="unfinished">Cadwyd pasbort {name} yn Pasbortau rydych chi&apos;n eu dal, yn aros am eich cydlofnod. Agorwch ef yno i&apos;w ddarllen a&apos;i gydlofnodi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recorded your passport as agreed by both.</source>
        <translation type="unfinished">Cofnodwyd eich pasbort fel un y cytunodd y ddau ohonoch arno.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file could not be checked.</source>
        <translation type="unfinished">Nid oedd modd gwirio&apos;r ffeil.</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <location filename="../../carerpassport/ui/widgets/optional_date_edit.py" line="+22"/>
        <source>Not set</source>
        <translation type="unfinished">Heb ei osod</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Type the day, month and year, or press Alt+Down for a calendar.</source>
        <translation type="unfinished">Teipiwch y diwrnod, y mis a&apos;r flwyddyn, neu pwyswch Alt+Down am galendr.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name}: not set</source>
        <extracomment>{name}: which date, as &quot;Review on&quot;.</extracomment>
        <translation type="unfinished">{name}: heb ei osod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick when there is no date for “{name}” yet.</source>
        <translation type="unfinished">Ticiwch pan nad oes dyddiad ar gyfer “{name}” eto.</translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <location filename="../../carerpassport/ui/widgets/passphrase_fields.py" line="+23"/>
        <source>Too short: use at least {count} characters. Three or four ordinary words work well.</source>
        <translation type="unfinished">Rhy fyr: defnyddiwch o leiaf {count} nod. Mae tri neu bedwar gair cyffredin yn gweithio&apos;n dda.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Weak: easy to guess. Add another word or two.</source>
        <translation type="unfinished">Gwan: hawdd ei ddyfalu. Ychwanegwch air neu ddau arall.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fair. One more word would make it strong.</source>
        <translation type="unfinished">Gweddol. Byddai un gair arall yn ei wneud yn gryf.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strong.</source>
        <translation type="unfinished">Cryf.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Passphrase</source>
        <translation type="unfinished">Cyfrinymadrodd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At least {count} characters; a few ordinary words in a row are easy to remember and hard to guess.</source>
        <translation type="unfinished">O leiaf {count} nod; mae ychydig o eiriau cyffredin yn olynol yn hawdd eu cofio ac yn anodd eu dyfalu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Passphrase again</source>
        <translation type="unfinished">Y cyfrinymadrodd eto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the same passphrase again, to catch typing mistakes.</source>
        <translation type="unfinished">Teipiwch yr un cyfrinymadrodd eto, i ddal camgymeriadau teipio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Show what I type</source>
        <translation type="unfinished">&amp;Dangos yr hyn rwy&apos;n ei deipio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the passphrase</source>
        <translation type="unfinished">Dangos y cyfrinymadrodd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shows the passphrase as plain text while you type it.</source>
        <translation type="unfinished">Yn dangos y cyfrinymadrodd fel testun plaen wrth i chi ei deipio.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Passphrase strength</source>
        <translation type="unfinished">Cryfder y cyfrinymadrodd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New &amp;passphrase</source>
        <extracomment>The label of the first passphrase field (callers may name it &quot;New passphrase&quot;).</extracomment>
        <translation type="unfinished">&amp;Cyfrinymadrodd newydd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Again</source>
        <translation type="unfinished">&amp;Eto</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>A passphrase needs at least {count} characters.</source>
        <translation type="unfinished">Mae angen o leiaf {count} nod ar gyfrinymadrodd.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The two passphrases are not the same. Type them again.</source>
        <translation type="unfinished">Nid yw&apos;r ddau gyfrinymadrodd yr un fath. Teipiwch nhw eto.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The second box does not match yet.</source>
        <translation type="unfinished">Nid yw&apos;r ail flwch yn cyfateb eto.</translation>
    </message>
</context>
<context>
    <name>PassphraseStrength</name>
    <message>
        <location filename="../../carerpassport/ui/dialogs/send_bundle_dialog.py" line="+57"/>
        <source>weak</source>
        <translation type="unfinished">gwan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not strong enough</source>
        <translation type="unfinished">ddim yn ddigon cryf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>strong</source>
        <translation type="unfinished">cryf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>very strong</source>
        <translation type="unfinished">cryf iawn</translation>
    </message>
</context>
<context>
    <name>PassportPagesDialog</name>
    <message>
        <location filename="../../carerpassport/ui/dialogs/passport_pages_dialog.py" line="+35"/>
        <source>{title}: pages</source>
        <extracomment>The window&apos;s title: {title} is the passport&apos;s (e.g. &quot;Siân Jones&apos;s passport&quot;).</extracomment>
        <translation type="unfinished">{title}: tudalennau</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The pages of the passport PDF as the file draws them. The reader window says the same in words.</source>
        <translation type="unfinished">Tudalennau PDF y pasbort fel y mae&apos;r ffeil yn eu llunio. Mae ffenestr y darllenydd yn dweud yr un peth mewn geiriau.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pages</source>
        <translation type="unfinished">Tudalennau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PDF&apos;s pages, one under the other.</source>
        <translation type="unfinished">Tudalennau&apos;r PDF, un o dan y llall.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pages status</source>
        <translation type="unfinished">Statws y tudalennau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whether the pages are drawn yet.</source>
        <translation type="unfinished">A yw&apos;r tudalennau wedi&apos;u llunio eto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drawing the pages…</source>
        <translation type="unfinished">Yn llunio&apos;r tudalennau…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close the pages.</source>
        <translation type="unfinished">Cau&apos;r tudalennau.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Page {number} of {count}</source>
        <translation type="unfinished">Tudalen {number} o {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A picture of the page; the reader says the same in words.</source>
        <translation type="unfinished">Llun o&apos;r dudalen; mae&apos;r darllenydd yn dweud yr un peth mewn geiriau.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The pages could not be drawn.</source>
        <translation type="unfinished">Nid oedd modd llunio&apos;r tudalennau.</translation>
    </message>
</context>
<context>
    <name>PassportPreview</name>
    <message>
        <location filename="../../carerpassport/ui/widgets/passport_preview.py" line="+24"/>
        <source>This version, read only</source>
        <translation type="unfinished">Y fersiwn hon, i&apos;w darllen yn unig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The whole passport as it was in the chosen version. It cannot be changed here; use Restore this version to make it current again.</source>
        <translation type="unfinished">Y pasbort cyfan fel yr oedd yn y fersiwn a ddewiswyd. Nid oes modd ei newid yma; defnyddiwch Adfer y fersiwn hon i&apos;w gwneud yn gyfredol eto.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Name</source>
        <translation type="unfinished">Enw</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Job title</source>
        <translation type="unfinished">Teitl swydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team</source>
        <translation type="unfinished">Tîm</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Staff number</source>
        <translation type="unfinished">Rhif staff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation type="unfinished">Cyswllt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(not filled in)</source>
        <translation type="unfinished">(heb ei lenwi)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You</source>
        <translation type="unfinished">Chi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your line manager</source>
        <translation type="unfinished">Eich rheolwr llinell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None</source>
        <translation type="unfinished">Dim</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Shared with manager</source>
        <translation type="unfinished">Wedi&apos;i rannu â&apos;r rheolwr</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>Private</source>
        <translation type="unfinished">Preifat</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Not answered</source>
        <translation type="unfinished">Heb ei ateb</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agreed actions</source>
        <translation type="unfinished">Camau gweithredu y cytunwyd arnynt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Shared</source>
        <translation type="unfinished">Wedi&apos;i rannu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{kind} · {status} · who: {owner} · agreed {agreed} · start by {start} · review {review}</source>
        <extracomment>One agreed action&apos;s details; {kind} and {status} are words such as &quot;Leave&quot; and &quot;Agreed&quot;, the rest dates.</extracomment>
        <translation type="unfinished">{kind} · {status} · pwy: {owner} · cytunwyd {agreed} · dechrau erbyn {start} · adolygu {review}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Private notes (never exported)</source>
        <translation type="unfinished">Nodiadau preifat (byth yn cael eu hallforio)</translation>
    </message>
</context>
<context>
    <name>PassportReader</name>
    <message>
        <location filename="../../carerpassport/ui/views/passport_reader.py" line="+57"/>
        <source>The passport, read only</source>
        <translation type="unfinished">Y pasbort, i&apos;w ddarllen yn unig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Everything the employee&apos;s PDF shows: what they shared, the agreed actions, the review dates and who signed. Tab moves from one part to the next.</source>
        <translation type="unfinished">Popeth y mae PDF y cyflogai yn ei ddangos: yr hyn a rannodd, y camau gweithredu y cytunwyd arnynt, y dyddiadau adolygu a phwy a lofnododd. Mae Tab yn symud o un rhan i&apos;r nesaf.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The passport</source>
        <extracomment>Every text label, in reading (and Tab) order; tests and the accessibility walker read them. The answer shown for each question id, the block shown for each action id.</extracomment>
        <translation type="unfinished">Y pasbort</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The employee&apos;s passport; it scrolls to the part that has the focus.</source>
        <translation type="unfinished">Pasbort y cyflogai; mae&apos;n sgrolio i&apos;r rhan sydd â&apos;r ffocws.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Verdict</source>
        <translation type="unfinished">Dyfarniad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whether this file can be relied on.</source>
        <translation type="unfinished">A oes modd dibynnu ar y ffeil hon.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another problem</source>
        <translation type="unfinished">Problem arall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A further reason not to rely on this file.</source>
        <translation type="unfinished">Rheswm arall dros beidio â dibynnu ar y ffeil hon.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This copy</source>
        <translation type="unfinished">Y copi hwn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not recorded in this file</source>
        <translation type="unfinished">heb ei gofnodi yn y ffeil hon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shared with: {recipient}</source>
        <translation type="unfinished">Wedi&apos;i rannu â: {recipient}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shared with</source>
        <translation type="unfinished">Wedi&apos;i rannu â</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who the employee prepared this copy for.</source>
        <translation type="unfinished">Ar gyfer pwy y paratôdd y cyflogai y copi hwn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Purpose of sharing: {purpose}</source>
        <translation type="unfinished">Diben rhannu: {purpose}</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+128"/>
        <source>not given</source>
        <translation type="unfinished">heb ei roi</translation>
    </message>
    <message>
        <location line="-127"/>
        <source>Purpose of sharing</source>
        <translation type="unfinished">Diben rhannu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why the employee shared it.</source>
        <translation type="unfinished">Pam y rhannodd y cyflogai ef.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Prepared on {day}, revision {revision}</source>
        <extracomment>{day} is a date (&quot;1 December 2026&quot;) or &quot;not recorded in this file&quot;; {revision} a number.</extracomment>
        <translation type="unfinished">Wedi&apos;i baratoi ar {day}, fersiwn {revision}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Prepared on {day}</source>
        <translation type="unfinished">Wedi&apos;i baratoi ar {day}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prepared on</source>
        <translation type="unfinished">Wedi&apos;i baratoi ar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The day the employee exported this copy, and which revision of their passport.</source>
        <translation type="unfinished">Y diwrnod yr allforiodd y cyflogai y copi hwn, a pha fersiwn o&apos;i basbort.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Employee and line manager</source>
        <translation type="unfinished">Cyflogai a rheolwr llinell</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+47"/>
        <source>Employee</source>
        <translation type="unfinished">Cyflogai</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>The employee, as the passport names them.</source>
        <translation type="unfinished">Y cyflogai, fel y mae&apos;r pasbort yn ei enwi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+141"/>
        <source>Line manager</source>
        <translation type="unfinished">Rheolwr llinell</translation>
    </message>
    <message>
        <location line="-140"/>
        <source>The line manager, as the employee&apos;s passport names them.</source>
        <translation type="unfinished">Y rheolwr llinell, fel y mae pasbort y cyflogai yn ei enwi.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A question of the passport.</source>
        <translation type="unfinished">Un o gwestiynau&apos;r pasbort.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The employee&apos;s answer.</source>
        <translation type="unfinished">Ateb y cyflogai.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Answers</source>
        <translation type="unfinished">Atebion</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>No answers were shared in this copy of the passport.</source>
        <translation type="unfinished">Ni rannwyd unrhyw atebion yn y copi hwn o&apos;r pasbort.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This copy shares no answers.</source>
        <translation type="unfinished">Nid yw&apos;r copi hwn yn rhannu unrhyw atebion.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>Agreed actions</source>
        <translation type="unfinished">Camau gweithredu y cytunwyd arnynt</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Action: {what}</source>
        <translation type="unfinished">Cam gweithredu: {what}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was agreed, its kind, status and dates.</source>
        <translation type="unfinished">Beth y cytunwyd arno, ei fath, ei statws a&apos;i ddyddiadau.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No agreed actions were shared in this copy of the passport.</source>
        <translation type="unfinished">Ni rannwyd unrhyw gamau gweithredu y cytunwyd arnynt yn y copi hwn o&apos;r pasbort.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This copy shares no agreed actions.</source>
        <translation type="unfinished">Nid yw&apos;r copi hwn yn rhannu unrhyw gamau gweithredu y cytunwyd arnynt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review</source>
        <translation type="unfinished">Adolygu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not yet agreed</source>
        <translation type="unfinished">heb gytuno arno eto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not set</source>
        <translation type="unfinished">heb ei osod</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last agreed: {last}
Next review: {next}</source>
        <translation type="unfinished">Cytunwyd ddiwethaf: {last}
Adolygiad nesaf: {next}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review dates</source>
        <translation type="unfinished">Dyddiadau adolygu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When the passport was last agreed and when it is next reviewed.</source>
        <translation type="unfinished">Pryd y cytunwyd ar y pasbort ddiwethaf a phryd y caiff ei adolygu nesaf.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This copy does not include the employee&apos;s sharing agreement. Share it with nobody else without their consent.</source>
        <translation type="unfinished">Nid yw&apos;r copi hwn yn cynnwys cytundeb rhannu&apos;r cyflogai. Peidiwch â&apos;i rannu ag unrhyw un arall heb ei gydsyniad.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sharing agreement</source>
        <translation type="unfinished">Cytundeb rhannu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who else the employee agrees may be given this passport, and when, and how long you keep your copy.</source>
        <translation type="unfinished">Pwy arall y mae&apos;r cyflogai yn cytuno all gael y pasbort hwn, a phryd, a pha mor hir rydych chi&apos;n cadw eich copi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signatures</source>
        <translation type="unfinished">Llofnodion</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Employee&apos;s signature</source>
        <translation type="unfinished">Llofnod y cyflogai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who signed as the employee, with which certificate, and whether the signature holds.</source>
        <translation type="unfinished">Pwy a lofnododd fel y cyflogai, â pha dystysgrif, ac a yw&apos;r llofnod yn dal yn ddilys.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Line manager: not countersigned yet.</source>
        <translation type="unfinished">Rheolwr llinell: heb ei gydlofnodi eto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>Line manager&apos;s signature</source>
        <translation type="unfinished">Llofnod y rheolwr llinell</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Nobody has countersigned this copy.</source>
        <translation type="unfinished">Nid oes neb wedi cydlofnodi&apos;r copi hwn.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Who countersigned, their comment, and whether the signature holds.</source>
        <translation type="unfinished">Pwy a gydlofnododd, eu sylw, ac a yw&apos;r llofnod yn dal yn ddilys.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note</source>
        <translation type="unfinished">Nodyn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something about this file worth knowing.</source>
        <translation type="unfinished">Rhywbeth am y ffeil hon sy&apos;n werth ei wybod.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A part of the passport.</source>
        <translation type="unfinished">Rhan o&apos;r pasbort.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>staff number {number}</source>
        <translation type="unfinished">rhif staff {number}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{title}: {details}</source>
        <extracomment>{title} is &quot;Employee&quot; or &quot;Line manager&quot;; {details} their name, job title, team and contact.</extracomment>
        <translation type="unfinished">{title}: {details}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>who: {owner}</source>
        <translation type="unfinished">pwy: {owner}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why declined: {reason}</source>
        <translation type="unfinished">Pam y&apos;i gwrthodwyd: {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agreed {day}</source>
        <translation type="unfinished">Cytunwyd {day}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start by {day}</source>
        <translation type="unfinished">Dechrau erbyn {day}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review {day}</source>
        <translation type="unfinished">Adolygu {day}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>time not recorded</source>
        <translation type="unfinished">amser heb ei gofnodi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{title}: {name}, signed {when}
Certificate fingerprint: {fingerprint}
{verdict}</source>
        <extracomment>{title} is &quot;Employee&quot; or &quot;Line manager&quot;; {when} a date and time; {verdict} a sentence on the signature.</extracomment>
        <translation type="unfinished">{title}: {name}, wedi&apos;i lofnodi {when}
Ôl bys y dystysgrif: {fingerprint}
{verdict}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no name in the certificate</source>
        <translation type="unfinished">dim enw yn y dystysgrif</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name typed beside the signature: {name}</source>
        <translation type="unfinished">Enw wedi&apos;i deipio wrth ymyl y llofnod: {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Countersigned on {day}</source>
        <translation type="unfinished">Wedi&apos;i gydlofnodi ar {day}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comment: {comment}</source>
        <translation type="unfinished">Sylw: {comment}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No comment.</source>
        <translation type="unfinished">Dim sylw.</translation>
    </message>
</context>
<context>
    <name>PatternEditor</name>
    <message>
        <location filename="../../carerpassport/ui/views/leave_view.py" line="-514"/>
        <source>Where you work and how you normally work (private)</source>
        <translation type="unfinished">Ble rydych yn gweithio a sut rydych yn gweithio fel arfer (preifat)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Where you work</source>
        <translation type="unfinished">Ble rydych yn gweithio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carer&apos;s leave is law in England, Wales and Scotland, not yet in Northern Ireland.</source>
        <translation type="unfinished">Mae absenoldeb gofalwr yn gyfraith yng Nghymru, Lloegr a&apos;r Alban, ond nid yng Ngogledd Iwerddon eto.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Where you work:</source>
        <translation type="unfinished">&amp;Ble rydych yn gweithio:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kind of working pattern</source>
        <translation type="unfinished">Math o batrwm gwaith</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pattern:</source>
        <translation type="unfinished">&amp;Patrwm:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Save &amp;pattern</source>
        <translation type="unfinished">&amp;Cadw&apos;r patrwm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save where you work and your working pattern</source>
        <translation type="unfinished">Cadw ble rydych yn gweithio a&apos;ch patrwm gwaith</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One week of leave for you</source>
        <translation type="unfinished">Wythnos o absenoldeb i chi</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Hours per working day</source>
        <translation type="unfinished">Oriau bob diwrnod gwaith</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Days per week</source>
        <translation type="unfinished">Diwrnodau&apos;r wythnos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In half days (2.5 is two and a half days).</source>
        <translation type="unfinished">Fesul hanner diwrnod (2.5 yw dau ddiwrnod a hanner).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hours a day:</source>
        <translation type="unfinished">Oriau&apos;r dydd:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days a week:</source>
        <translation type="unfinished">Diwrnodau&apos;r wythnos:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Hours on {day}</source>
        <translation type="unfinished">Oriau ar {day}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>For example: 20, 24, 0, 31.5 (the most recent last)</source>
        <translation type="unfinished">Er enghraifft: 20, 24, 0, 31.5 (yr un ddiweddaraf yn olaf)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hours in each past week</source>
        <translation type="unfinished">Oriau ym mhob wythnos a fu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up to 52 weeks, most recent last, separated by commas. Count a week you were employed but did not work as 0.</source>
        <translation type="unfinished">Hyd at 52 wythnos, yr un ddiweddaraf yn olaf, wedi&apos;u gwahanu gan atalnodau. Cyfrifwch wythnos pan oeddech yn gyflogedig ond heb weithio fel 0.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Past weeks&apos; hours:</source>
        <translation type="unfinished">Oriau&apos;r wythnosau a fu:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usual hours in a working day</source>
        <translation type="unfinished">Oriau arferol mewn diwrnod gwaith</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usual day:</source>
        <translation type="unfinished">Diwrnod arferol:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not set yet: one week of leave is the time you normally work in a week.</source>
        <translation type="unfinished">Heb ei osod eto: wythnos o absenoldeb yw&apos;r amser rydych fel arfer yn ei weithio mewn wythnos.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>One week of carer&apos;s leave for you: {days} ({hours}).</source>
        <extracomment>{days} is &quot;5 days&quot;, {hours} is &quot;37.5 hours&quot;.</extracomment>
        <translation type="unfinished">Wythnos o absenoldeb gofalwr i chi: {days} ({hours}).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Write each past week&apos;s hours as a number, separated by commas.</source>
        <translation type="unfinished">Ysgrifennwch oriau pob wythnos a fu fel rhif, wedi&apos;u gwahanu gan atalnodau.</translation>
    </message>
</context>
<context>
    <name>PeopleForm</name>
    <message>
        <location filename="../../carerpassport/ui/widgets/people_form.py" line="+23"/>
        <location line="+13"/>
        <source>Name</source>
        <extracomment>How many average characters wide the form must be for the two groups to sit side by side.</extracomment>
        <translation type="unfinished">Enw</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Your name</source>
        <translation type="unfinished">Eich enw</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+13"/>
        <source>Job title</source>
        <translation type="unfinished">Teitl swydd</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Your job title</source>
        <translation type="unfinished">Teitl eich swydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example: Customer adviser</source>
        <translation type="unfinished">Er enghraifft: Cynghorydd cwsmeriaid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team</source>
        <translation type="unfinished">Tîm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your team</source>
        <translation type="unfinished">Eich tîm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example: Payments, Leeds office</source>
        <translation type="unfinished">Er enghraifft: Taliadau, swyddfa Leeds</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff number</source>
        <translation type="unfinished">Rhif staff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your staff number</source>
        <translation type="unfinished">Eich rhif staff</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>Optional</source>
        <translation type="unfinished">Dewisol</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Your line manager&apos;s name</source>
        <translation type="unfinished">Enw eich rheolwr llinell</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your line manager&apos;s job title</source>
        <translation type="unfinished">Teitl swydd eich rheolwr llinell</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact</source>
        <translation type="unfinished">Cyswllt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How to contact your line manager</source>
        <translation type="unfinished">Sut i gysylltu â&apos;ch rheolwr llinell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email or phone (optional)</source>
        <translation type="unfinished">E-bost neu ffôn (dewisol)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>You</source>
        <translation type="unfinished">Chi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your line manager</source>
        <translation type="unfinished">Eich rheolwr llinell</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Shown on everything you export. Saved automatically.</source>
        <translation type="unfinished">Yn cael ei ddangos ar bopeth rydych chi&apos;n ei allforio. Yn cael ei gadw&apos;n awtomatig.</translation>
    </message>
</context>
<context>
    <name>PostponeDialog</name>
    <message>
        <location filename="../../carerpassport/ui/dialogs/leave_dialogs.py" line="-185"/>
        <source>Employer postponed the leave</source>
        <translation type="unfinished">Gohiriodd y cyflogwr yr absenoldeb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the new dates your employer gave you.</source>
        <translation type="unfinished">Cofnodwch y dyddiadau newydd a roddodd eich cyflogwr i chi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An employer may postpone carer&apos;s leave only if your absence would unduly disrupt the business, and must let you take it within one month of the first day you asked for. You asked for: {days}.</source>
        <extracomment>{days} lists the days first asked for (&quot;Monday 3 June 2024, Tuesday 4 June 2024&quot;).</extracomment>
        <translation type="unfinished">Ni chaiff cyflogwr ohirio absenoldeb gofalwr oni bai y byddai eich absenoldeb yn tarfu&apos;n ormodol ar y busnes, a rhaid iddo adael i chi ei gymryd o fewn mis i&apos;r diwrnod cyntaf y gofynnoch amdano. Gofynnoch am: {days}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New dates</source>
        <translation type="unfinished">Dyddiadau newydd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New dates:</source>
        <translation type="unfinished">Dyddiadau newydd:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When your employer told you</source>
        <translation type="unfinished">Pryd y dywedodd eich cyflogwr wrthych</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Told on:</source>
        <translation type="unfinished">&amp;Dywedwyd ar:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Postponement check</source>
        <translation type="unfinished">Gwirio&apos;r gohirio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whether the new dates keep to the one-month rule.</source>
        <translation type="unfinished">A yw&apos;r dyddiadau newydd yn cadw at y rheol un mis.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Record the postponement</source>
        <translation type="unfinished">Cofnodi&apos;r gohirio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation type="unfinished">Diddymu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close without saving.</source>
        <translation type="unfinished">Cau heb gadw.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add the new dates your employer gave you.</source>
        <translation type="unfinished">Ychwanegwch y dyddiadau newydd a roddodd eich cyflogwr i chi.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The new dates are within one month (by {date}).</source>
        <translation type="unfinished">Mae&apos;r dyddiadau newydd o fewn mis (erbyn {date}).</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../carerpassport/ui/dialogs/flexible_request_wizard.py" line="+158"/>
        <source>Check and save your request</source>
        <translation type="unfinished">Gwirio a chadw eich cais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read it through. Save it as a signed PDF (with your certificate) or as text to paste into an email; each copy goes in your sharing record.</source>
        <translation type="unfinished">Darllenwch ef drwyddo. Cadwch ef fel PDF wedi&apos;i lofnodi (gyda&apos;ch tystysgrif) neu fel testun i&apos;w ludo mewn e-bost; mae pob copi yn mynd i&apos;ch cofnod rhannu.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your request</source>
        <translation type="unfinished">Eich cais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The letter as it will be saved.</source>
        <translation type="unfinished">Y llythyr fel y caiff ei gadw.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Language of the letter</source>
        <translation type="unfinished">Iaith y llythyr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The letter&apos;s own words can be in your employer&apos;s language.</source>
        <translation type="unfinished">Gall geiriau&apos;r llythyr ei hun fod yn iaith eich cyflogwr.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Language of the letter:</source>
        <translation type="unfinished">&amp;Iaith y llythyr:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save as signed &amp;PDF…</source>
        <translation type="unfinished">Cadw fel &amp;PDF wedi&apos;i lofnodi…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save as signed PDF</source>
        <translation type="unfinished">Cadw fel PDF wedi&apos;i lofnodi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A PDF signed with your certificate.</source>
        <translation type="unfinished">PDF wedi&apos;i lofnodi gyda&apos;ch tystysgrif.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save as te&amp;xt…</source>
        <translation type="unfinished">Cadw fel &amp;testun…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save as text</source>
        <translation type="unfinished">Cadw fel testun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plain text, to paste into an email.</source>
        <translation type="unfinished">Testun plaen, i&apos;w ludo mewn e-bost.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Status</source>
        <translation type="unfinished">Statws</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Whether the request was saved.</source>
        <translation type="unfinished">A gafodd y cais ei gadw.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saved as a draft. When you have sent it, record the date on the Requests page (it works out when the decision is due).</source>
        <translation type="unfinished">Wedi&apos;i gadw fel drafft. Pan fyddwch wedi&apos;i anfon, cofnodwch y dyddiad ar y dudalen Ceisiadau (mae&apos;n cyfrifo pryd mae&apos;r penderfyniad yn ddyledus).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished">Ffeiliau PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text files (*.txt)</source>
        <translation type="unfinished">Ffeiliau testun (*.txt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save your request</source>
        <translation type="unfinished">Cadw eich cais</translation>
    </message>
</context>
<context>
    <name>PreviewSaveDialog</name>
    <message>
        <location filename="../../carerpassport/ui/dialogs/preview_save_dialog.py" line="+33"/>
        <source>Save</source>
        <extracomment>The file dialog&apos;s title, suggested name and filter; and what a failure says when nothing better is known.</extracomment>
        <translation type="unfinished">Cadw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>file</source>
        <translation type="unfinished">ffeil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All files (*)</source>
        <translation type="unfinished">Pob ffeil (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file could not be saved.</source>
        <translation type="unfinished">Doedd dim modd cadw&apos;r ffeil.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Close</source>
        <translation type="unfinished">Cau</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Saved to {path}.</source>
        <translation type="unfinished">Wedi&apos;i gadw yn {path}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Saving…</source>
        <translation type="unfinished">Yn cadw…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not saved: {reason}</source>
        <extracomment>{reason}: why, a whole sentence.</extracomment>
        <translation type="unfinished">Heb ei gadw: {reason}</translation>
    </message>
</context>
<context>
    <name>ProblemLabel</name>
    <message>
        <location filename="../../carerpassport/ui/widgets/problem_label.py" line="+21"/>
        <source>Problem</source>
        <translation type="unfinished">Problem</translation>
    </message>
</context>
<context>
    <name>QuestionBox</name>
    <message>
        <location filename="../../carerpassport/ui/widgets/question_box.py" line="+26"/>
        <source>Cancel</source>
        <translation type="unfinished">Diddymu</translation>
    </message>
</context>
<context>
    <name>QuestionCard</name>
    <message>
        <location filename="../../carerpassport/ui/widgets/question_card.py" line="+39"/>
        <source>Not answered yet</source>
        <translation type="unfinished">Heb ei ateb eto</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Share this answer with my manager</source>
        <extracomment>The guidance goes beside the answer only when the card is at least this many average characters wide (about 40 for the answer and its share box, 24 for the guidance); otherwise it goes under the answer. Counted in characters of the card&apos;s font, so a larger text size moves it under sooner.</extracomment>
        <translation type="unfinished">Rhannu&apos;r ateb hwn â&apos;m rheolwr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share with my manager: {question}</source>
        <extracomment>Read aloud for the check box; {question} is the question&apos;s label.</extracomment>
        <translation type="unfinished">Rhannu â&apos;m rheolwr: {question}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When ticked, this answer is included in the PDF or bundle you export for your line manager. When not ticked, only you can see it.</source>
        <translation type="unfinished">Pan fydd wedi&apos;i dicio, mae&apos;r ateb hwn wedi&apos;i gynnwys yn y PDF neu&apos;r bwndel rydych chi&apos;n ei allforio i&apos;ch rheolwr llinell. Pan na fydd wedi&apos;i dicio, dim ond chi sy&apos;n gallu ei weld.</translation>
    </message>
</context>
<context>
    <name>ReaderDialog</name>
    <message>
        <location filename="../../carerpassport/ui/views/passport_reader.py" line="+16"/>
        <source>{name}&apos;s passport</source>
        <extracomment>Emitted with the :class:`~carerpassport.exchange.countersign.CountersignResult` once countersigned.</extracomment>
        <translation type="unfinished">Pasbort {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An employee&apos;s passport</source>
        <translation type="unfinished">Pasbort cyflogai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A passport you received, read only: what the employee shared and who signed it.</source>
        <translation type="unfinished">Pasbort a gawsoch, i&apos;w ddarllen yn unig: yr hyn a rannodd y cyflogai a phwy a&apos;i llofnododd.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What the employee shared with you, as their signed PDF shows it. Nothing here can be changed; Show pages shows the PDF itself.</source>
        <translation type="unfinished">Yr hyn a rannodd y cyflogai â chi, fel y mae ei PDF wedi&apos;i lofnodi yn ei ddangos. Nid oes modd newid dim yma; mae Dangos y tudalennau yn dangos y PDF ei hun.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status</source>
        <translation type="unfinished">Statws</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What happened, or why this passport cannot be countersigned.</source>
        <translation type="unfinished">Beth ddigwyddodd, neu pam nad oes modd cydlofnodi&apos;r pasbort hwn.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show &amp;pages</source>
        <translation type="unfinished">Dangos y &amp;tudalennau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show pages</source>
        <translation type="unfinished">Dangos y tudalennau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PDF&apos;s pages as the employee&apos;s file draws them.</source>
        <translation type="unfinished">Tudalennau&apos;r PDF fel y mae ffeil y cyflogai yn eu llunio.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Countersign…</source>
        <translation type="unfinished">&amp;Cydlofnodi…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Countersign</source>
        <translation type="unfinished">Cydlofnodi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add your comment and countersign this passport with your own identity.</source>
        <translation type="unfinished">Ychwanegwch eich sylw a chydlofnodi&apos;r pasbort hwn â&apos;ch hunaniaeth eich hun.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Close</source>
        <translation type="unfinished">Ca&amp;u</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation type="unfinished">Cau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the passport.</source>
        <translation type="unfinished">Cau&apos;r pasbort.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Countersigned. The countersigned copy is the one to give back to the employee.</source>
        <translation type="unfinished">Wedi&apos;i gydlofnodi. Y copi wedi&apos;i gydlofnodi yw&apos;r un i&apos;w roi yn ôl i&apos;r cyflogai.</translation>
    </message>
</context>
<context>
    <name>ReceivedView</name>
    <message>
        <location filename="../../carerpassport/ui/views/received_view.py" line="+55"/>
        <source>Employee</source>
        <translation type="unfinished">Cyflogai</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Revision</source>
        <translation type="unfinished">Fersiwn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreed on</source>
        <translation type="unfinished">Cytunwyd ar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next review due</source>
        <translation type="unfinished">Adolygiad nesaf</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+105"/>
        <source>Status</source>
        <translation type="unfinished">Statws</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>Passports you hold</source>
        <translation type="unfinished">Pasbortau sydd gennych</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Each passport belongs to the employee, who chose to share it with you. Keep it where only you can open it (here, in your encrypted vault) and do not pass it on without their consent. Delete your copy when the employee withdraws consent or moves on.</source>
        <translation type="unfinished">Mae pob pasbort yn perthyn i&apos;r cyflogai, a ddewisodd ei rannu â chi. Cadwch ef lle mai dim ond chi all ei agor (yma, yn eich claddgell wedi&apos;i hamgryptio) a pheidiwch â&apos;i basio ymlaen heb ei gydsyniad. Dilëwch eich copi pan fydd y cyflogai yn tynnu ei gydsyniad yn ôl neu&apos;n symud ymlaen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;p&gt;&lt;b&gt;Your first steps as a manager&lt;/b&gt;&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Share your identity card with your team&lt;/b&gt; (Help › My identity…, or “My identity card…” below), so they can send you an encrypted copy only you can open.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Open a passport you were sent&lt;/b&gt;: a signed PDF (“Open a passport PDF…”) or an encrypted copy (“Open encrypted copy…”). It is checked first: who signed it and that nothing changed.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Read it and countersign&lt;/b&gt; it with your comment; give the countersigned copy back.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Keep or delete your copy&lt;/b&gt;: keep it here while you manage them; delete it when they withdraw consent or move on.&lt;/li&gt;&lt;/ol&gt;</source>
        <extracomment>Rich text: keep the tags; “…” name buttons of this page and Help › My identity… a menu entry.</extracomment>
        <translation type="unfinished">&lt;p&gt;&lt;b&gt;Eich camau cyntaf fel rheolwr&lt;/b&gt;&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Rhannwch eich cerdyn adnabod â&apos;ch tîm&lt;/b&gt; (Help › Fy hunaniaeth…, neu “Fy ngherdyn adnabod…” isod), er mwyn iddyn nhw allu anfon copi wedi&apos;i amgryptio atoch chi y gallwch chi yn unig ei agor.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Agorwch basbort a anfonwyd atoch&lt;/b&gt;: PDF wedi&apos;i lofnodi (“Agor PDF pasbort…”) neu gopi wedi&apos;i amgryptio (“Agor copi wedi&apos;i amgryptio…”). Caiff ei wirio yn gyntaf: pwy a&apos;i llofnododd ac nad oes dim wedi newid.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Darllenwch ef a&apos;i gydlofnodi&lt;/b&gt; gyda&apos;ch sylw; rhowch y copi wedi&apos;i gydlofnodi yn ôl.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Cadwch neu dilëwch eich copi&lt;/b&gt;: cadwch ef yma tra byddwch chi&apos;n eu rheoli; dilëwch ef pan fyddan nhw&apos;n tynnu eu cydsyniad yn ôl neu&apos;n symud ymlaen.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The passports your team shared with you: read, countersign or delete them.</source>
        <extracomment>Asks the window to open a feature dialog by class name (``OpenBundleDialog``, ``IdentityDialog``). The last reader and countersign dialog opened from here (tests drive them). The question asked before deleting a copy, while it shows.</extracomment>
        <translation type="unfinished">Y pasbortau a rannodd eich tîm â chi: darllenwch, cydlofnodwch neu dilëwch nhw.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Held passports list</source>
        <translation type="unfinished">Rhestr y pasbortau sydd gennych</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One row for each passport you hold; select one, then Open, Countersign or Delete my copy.</source>
        <translation type="unfinished">Un rhes ar gyfer pob pasbort sydd gennych; dewiswch un, yna Agor, Cydlofnodi neu Dileu fy nghopi.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Sharing agreement of the selected passport</source>
        <translation type="unfinished">Cytundeb rhannu&apos;r pasbort a ddewiswyd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who else the employee agreed may be given their passport, and how long to keep your copy.</source>
        <translation type="unfinished">Pwy arall y cytunodd y cyflogai all gael ei basbort, a pha mor hir i gadw eich copi.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your first steps as a manager</source>
        <translation type="unfinished">Eich camau cyntaf fel rheolwr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share your identity card, open a passport you were sent, countersign it, keep or delete your copy.</source>
        <translation type="unfinished">Rhannwch eich cerdyn adnabod, agorwch basbort a anfonwyd atoch, cydlofnodwch ef, cadwch neu dilëwch eich copi.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The outcome of the last thing you did here.</source>
        <translation type="unfinished">Canlyniad y peth diwethaf a wnaethoch chi yma.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Open</source>
        <translation type="unfinished">&amp;Agor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open</source>
        <translation type="unfinished">Agor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the selected passport (read-only).</source>
        <translation type="unfinished">Darllen y pasbort a ddewiswyd (i&apos;w ddarllen yn unig).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Countersign…</source>
        <translation type="unfinished">&amp;Cydlofnodi…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Countersign</source>
        <translation type="unfinished">Cydlofnodi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add your comment and countersign the selected passport.</source>
        <translation type="unfinished">Ychwanegu eich sylw a chydlofnodi&apos;r pasbort a ddewiswyd.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete my copy…</source>
        <translation type="unfinished">&amp;Dileu fy nghopi…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete my copy</source>
        <translation type="unfinished">Dileu fy nghopi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete your copy of the selected passport from your vault.</source>
        <translation type="unfinished">Dileu eich copi o&apos;r pasbort a ddewiswyd o&apos;ch claddgell.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save a copy…</source>
        <translation type="unfinished">Cadw c&amp;opi…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save a copy</source>
        <translation type="unfinished">Cadw copi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the selected passport as a PDF file.</source>
        <translation type="unfinished">Cadw&apos;r pasbort a ddewiswyd fel ffeil PDF.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send &amp;back encrypted…</source>
        <translation type="unfinished">Anfon yn ôl wedi&apos;i a&amp;mgryptio…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Send back encrypted</source>
        <translation type="unfinished">Anfon yn ôl wedi&apos;i amgryptio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send the countersigned passport back to the employee as an encrypted copy only they can open.</source>
        <translation type="unfinished">Anfon y pasbort wedi&apos;i gydlofnodi yn ôl i&apos;r cyflogai fel copi wedi&apos;i amgryptio y gall ef yn unig ei agor.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open a passport &amp;PDF…</source>
        <translation type="unfinished">Agor &amp;PDF pasbort…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open a passport PDF</source>
        <translation type="unfinished">Agor PDF pasbort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check a signed passport PDF an employee gave you and keep it here.</source>
        <translation type="unfinished">Gwirio PDF pasbort wedi&apos;i lofnodi a roddodd cyflogai i chi a&apos;i gadw yma.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;encrypted copy…</source>
        <translation type="unfinished">Agor copi wedi&apos;i amgr&amp;yptio…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open encrypted copy</source>
        <translation type="unfinished">Agor copi wedi&apos;i amgryptio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open an encrypted passport file an employee sent you.</source>
        <translation type="unfinished">Agor ffeil pasbort wedi&apos;i hamgryptio a anfonodd cyflogai atoch.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>My identity c&amp;ard…</source>
        <translation type="unfinished">Fy ngherdyn adna&amp;bod…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>My identity card</source>
        <translation type="unfinished">Fy ngherdyn adnabod</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your identity card, to give your team so they can send you encrypted copies.</source>
        <translation type="unfinished">Eich cerdyn adnabod, i&apos;w roi i&apos;ch tîm er mwyn iddyn nhw allu anfon copïau wedi&apos;u hamgryptio atoch.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished">Adne&amp;wyddu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Refresh</source>
        <translation type="unfinished">Adnewyddu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the list again from your vault.</source>
        <translation type="unfinished">Darllen y rhestr eto o&apos;ch claddgell.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(no name)</source>
        <translation type="unfinished">(dim enw)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not set</source>
        <translation type="unfinished">heb ei osod</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}; fingerprint {fingerprint}</source>
        <translation type="unfinished">{name}; ôl bys {fingerprint}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{name}&apos;s passport (revision {revision}): {reminder}</source>
        <extracomment>{reminder} is a sentence saying the sharing agreement&apos;s keep-until date has come.</extracomment>
        <translation type="unfinished">Pasbort {name} (fersiwn {revision}): {reminder}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reminder about {name}&apos;s passport</source>
        <translation type="unfinished">Nodyn atgoffa am basbort {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete my copy…</source>
        <translation type="unfinished">Dileu fy nghopi…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete my copy of {name}&apos;s passport</source>
        <translation type="unfinished">Dileu fy nghopi o basbort {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asks first; your log keeps only that it was deleted.</source>
        <translation type="unfinished">Yn gofyn yn gyntaf; dim ond y ffaith iddo gael ei ddileu a gedwir yn eich log.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Open the employee&apos;s passport PDF</source>
        <translation type="unfinished">Agor PDF pasbort y cyflogai</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+133"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished">Ffeiliau PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="-123"/>
        <location line="+46"/>
        <source>Checking…</source>
        <translation type="unfinished">Wrthi&apos;n gwirio…</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>It was not added.</source>
        <translation type="unfinished">Ni chafodd ei ychwanegu.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Checked: signed by {name}, unchanged since. It is in your list, waiting for your countersignature.</source>
        <translation type="unfinished">Wedi&apos;i wirio: wedi&apos;i lofnodi gan {name}, heb newid ers hynny. Mae yn eich rhestr, yn aros am eich cydlofnod.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Opening…</source>
        <translation type="unfinished">Wrthi&apos;n agor…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It was not opened.</source>
        <translation type="unfinished">Ni chafodd ei agor.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Nothing was signed.</source>
        <translation type="unfinished">Ni lofnodwyd dim.</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+10"/>
        <source>Delete your copy?</source>
        <translation type="unfinished">Dileu eich copi?</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Delete your copy of {name}&apos;s passport from your vault?

Do this when they withdraw their consent or move on. It cannot be undone; your log keeps only that it was deleted. The employee keeps their own passport.</source>
        <translation type="unfinished">Dileu eich copi o basbort {name} o&apos;ch claddgell?

Gwnewch hyn pan fyddan nhw&apos;n tynnu eu cydsyniad yn ôl neu&apos;n symud ymlaen. Nid oes modd ei ddadwneud; dim ond y ffaith iddo gael ei ddileu a gedwir yn eich log. Mae&apos;r cyflogai yn cadw ei basbort ei hun.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Yes</source>
        <translation type="unfinished">&amp;Ie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation type="unfinished">&amp;Na</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Nothing was deleted.</source>
        <translation type="unfinished">Ni ddilëwyd dim.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deleted your copy of {name}&apos;s passport. Your log records that it was deleted.</source>
        <translation type="unfinished">Wedi dileu eich copi o basbort {name}. Mae eich log yn cofnodi iddo gael ei ddileu.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>passport-{name}-revision-{revision}.pdf</source>
        <extracomment>A file&apos;s name: keep {name} and {revision} (spaces become hyphens).</extracomment>
        <translation type="unfinished">pasbort-{name}-fersiwn-{revision}.pdf</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+21"/>
        <source>employee</source>
        <translation type="unfinished">cyflogai</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Save a copy of the passport</source>
        <translation type="unfinished">Cadw copi o&apos;r pasbort</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved to {path}.</source>
        <translation type="unfinished">Wedi&apos;i gadw yn {path}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The copy was not saved.</source>
        <translation type="unfinished">Ni chafodd y copi ei gadw.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>passport-{name}-countersigned.passport.age</source>
        <extracomment>A file&apos;s name: keep {name} and the ending &quot;.passport.age&quot; (spaces become hyphens).</extracomment>
        <translation type="unfinished">pasbort-{name}-wedi-cydlofnodi.passport.age</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send the countersigned passport back</source>
        <translation type="unfinished">Anfon y pasbort wedi&apos;i gydlofnodi yn ôl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypted passports (*.passport.age)</source>
        <translation type="unfinished">Pasbortau wedi&apos;u hamgryptio (*.passport.age)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing was written.</source>
        <translation type="unfinished">Ni ysgrifennwyd dim.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved {path}: an encrypted copy only {name} (and you) can open. Give it back to them.</source>
        <translation type="unfinished">Wedi cadw {path}: copi wedi&apos;i amgryptio y gall {name} (a chi) yn unig ei agor. Rhowch ef yn ôl iddyn nhw.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name} did not share a sharing agreement with this copy: ask them before giving it to anyone.</source>
        <translation type="unfinished">Ni rannodd {name} gytundeb rhannu gyda&apos;r copi hwn: gofynnwch iddyn nhw cyn ei roi i unrhyw un.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}&apos;s sharing agreement — who else may be given this passport:</source>
        <translation type="unfinished">Cytundeb rhannu {name} — pwy arall all gael y pasbort hwn:</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeWidget</name>
    <message>
        <location filename="../../carerpassport/ui/widgets/recovery_code.py" line="+41"/>
        <source>To show you have kept it, type the &lt;b&gt;second group&lt;/b&gt; of your code (five letters or digits):</source>
        <translation type="unfinished">I ddangos eich bod wedi&apos;i gadw, teipiwch &lt;b&gt;ail grŵp&lt;/b&gt; eich cod (pum llythyren neu ddigid):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To show you have kept it, type the &lt;b&gt;third group&lt;/b&gt; of your code (five letters or digits):</source>
        <translation type="unfinished">I ddangos eich bod wedi&apos;i gadw, teipiwch &lt;b&gt;trydydd grŵp&lt;/b&gt; eich cod (pum llythyren neu ddigid):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To show you have kept it, type the &lt;b&gt;fourth group&lt;/b&gt; of your code (five letters or digits):</source>
        <translation type="unfinished">I ddangos eich bod wedi&apos;i gadw, teipiwch &lt;b&gt;pedwerydd grŵp&lt;/b&gt; eich cod (pum llythyren neu ddigid):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To show you have kept it, type the &lt;b&gt;fifth group&lt;/b&gt; of your code (five letters or digits):</source>
        <translation type="unfinished">I ddangos eich bod wedi&apos;i gadw, teipiwch &lt;b&gt;pumed grŵp&lt;/b&gt; eich cod (pum llythyren neu ddigid):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To show you have kept it, type the &lt;b&gt;sixth group&lt;/b&gt; of your code (five letters or digits):</source>
        <translation type="unfinished">I ddangos eich bod wedi&apos;i gadw, teipiwch &lt;b&gt;chweched grŵp&lt;/b&gt; eich cod (pum llythyren neu ddigid):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>To show you have kept it, type &lt;b&gt;group {number}&lt;/b&gt; of your code (five letters or digits):</source>
        <extracomment>{number} is the group&apos;s number, counted from the left.</extracomment>
        <translation type="unfinished">I ddangos eich bod wedi&apos;i gadw, teipiwch &lt;b&gt;grŵp {number}&lt;/b&gt; eich cod (pum llythyren neu ddigid):</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Carer&apos;s Passport — recovery code</source>
        <translation type="unfinished">Pasbort Gofalwyr — cod adfer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;Created on {date}.&lt;/p&gt;&lt;p&gt;This code opens your passport if you forget your passphrase or move to a new computer. Keep it somewhere safe and private, away from the computer — for example with your important papers at home.&lt;/p&gt;&lt;p&gt;Anyone who has this code and a copy of your passport files can read your passport. If you make a new code in Settings, this one stops working.&lt;/p&gt;</source>
        <extracomment>{date} is the day the code was made, e.g. &quot;2 December 2026&quot;.</extracomment>
        <translation type="unfinished">&lt;p&gt;Crëwyd ar {date}.&lt;/p&gt;&lt;p&gt;Mae&apos;r cod hwn yn agor eich pasbort os byddwch yn anghofio eich cyfrinymadrodd neu&apos;n symud i gyfrifiadur newydd. Cadwch ef rywle diogel a phreifat, i ffwrdd o&apos;r cyfrifiadur — er enghraifft gyda&apos;ch papurau pwysig gartref.&lt;/p&gt;&lt;p&gt;Gall unrhyw un sydd â&apos;r cod hwn a chopi o ffeiliau eich pasbort ddarllen eich pasbort. Os byddwch yn gwneud cod newydd yn y Gosodiadau, bydd hwn yn peidio â gweithio.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>This is your &lt;b&gt;recovery code&lt;/b&gt;. It is the only way back into your passport if you forget your passphrase or your computer&apos;s keyring is lost. It is shown &lt;b&gt;only now&lt;/b&gt;.</source>
        <extracomment>Which group (1-based) the user must type back; never the first.</extracomment>
        <translation type="unfinished">Dyma eich &lt;b&gt;cod adfer&lt;/b&gt;. Dyma&apos;r unig ffordd yn ôl i mewn i&apos;ch pasbort os byddwch yn anghofio eich cyfrinymadrodd neu os collir cylch allweddi eich cyfrifiadur. Fe&apos;i dangosir &lt;b&gt;nawr yn unig&lt;/b&gt;.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Recovery code</source>
        <translation type="unfinished">Cod adfer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your recovery code, six groups of five letters and digits: {groups}</source>
        <extracomment>{groups} is the code itself, its groups separated by commas.</extracomment>
        <translation type="unfinished">Eich cod adfer, chwe grŵp o bum llythyren a digid: {groups}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Print…</source>
        <translation type="unfinished">&amp;Argraffu…</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+158"/>
        <source>Print the recovery code</source>
        <translation type="unfinished">Argraffu&apos;r cod adfer</translation>
    </message>
    <message>
        <location line="-157"/>
        <source>Print the code on paper, or save it as a PDF if there is no printer.</source>
        <translation type="unfinished">Argraffu&apos;r cod ar bapur, neu ei gadw fel PDF os nad oes argraffydd.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save to file…</source>
        <translation type="unfinished">&amp;Cadw mewn ffeil…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the recovery code to a file</source>
        <translation type="unfinished">Cadw&apos;r cod adfer mewn ffeil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the code in a text file only you can read, for example on a USB stick.</source>
        <translation type="unfinished">Cadw&apos;r cod mewn ffeil destun na all neb ond chi ei darllen, er enghraifft ar gof bach USB.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;opy</source>
        <translation type="unfinished">C&amp;opïo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy the recovery code</source>
        <translation type="unfinished">Copïo&apos;r cod adfer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the code; it is cleared from the clipboard after {count} seconds.</source>
        <translation type="unfinished">Copïo&apos;r cod; caiff ei glirio o&apos;r clipfwrdd ar ôl {count} eiliad.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>group {number}</source>
        <extracomment>A placeholder: {number} is the group&apos;s number.</extracomment>
        <translation type="unfinished">grŵp {number}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Group {number} of the recovery code</source>
        <translation type="unfinished">Grŵp {number} o&apos;r cod adfer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type group {number} (five letters or digits) of your recovery code, from your copy; groups are counted from the left.</source>
        <translation type="unfinished">Teipiwch grŵp {number} (pum llythyren neu ddigid) o&apos;ch cod adfer, o&apos;ch copi; caiff grwpiau eu cyfrif o&apos;r chwith.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>I have &amp;kept it</source>
        <translation type="unfinished">Rydw i wedi&apos;i &amp;gadw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I have kept my recovery code</source>
        <translation type="unfinished">Rydw i wedi cadw fy nghod adfer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checks the group you typed; when it matches you can go on.</source>
        <translation type="unfinished">Yn gwirio&apos;r grŵp a deipiwyd gennych; pan fydd yn cyfateb gallwch fynd ymlaen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Check result</source>
        <translation type="unfinished">Canlyniad y gwiriad</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>That matches. Keep your copy safe.</source>
        <translation type="unfinished">Mae hynny&apos;n cyfateb. Cadwch eich copi yn ddiogel.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type group {number} of the code first.</source>
        <translation type="unfinished">Teipiwch grŵp {number} o&apos;r cod yn gyntaf.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That is not group {number} of your code. Look at your copy again: groups are counted from the left.</source>
        <translation type="unfinished">Nid dyna grŵp {number} o&apos;ch cod. Edrychwch ar eich copi eto: caiff grwpiau eu cyfrif o&apos;r chwith.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Copied. Paste it somewhere safe now: the clipboard is cleared in {count} seconds.</source>
        <translation type="unfinished">Wedi&apos;i gopïo. Gludwch ef rywle diogel nawr: caiff y clipfwrdd ei glirio ymhen {count} eiliad.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save the recovery code</source>
        <translation type="unfinished">Cadw&apos;r cod adfer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text files (*.txt)</source>
        <translation type="unfinished">Ffeiliau testun (*.txt)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the recovery code as a PDF</source>
        <translation type="unfinished">Cadw&apos;r cod adfer fel PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished">Ffeiliau PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Carer&apos;s Passport recovery code

    {code}

Created on {date}.

This code opens your passport if you forget your passphrase or move to a new computer.
Keep it somewhere safe and private. Anyone with this code and a copy of your passport
files can read your passport. A new code made in Settings replaces this one.
</source>
        <extracomment>The text file saved with the code: {code} is the code, {date} the day it was made.</extracomment>
        <translation type="unfinished">Cod adfer Pasbort Gofalwyr

    {code}

Crëwyd ar {date}.

Mae&apos;r cod hwn yn agor eich pasbort os byddwch yn anghofio eich cyfrinymadrodd neu&apos;n symud i gyfrifiadur newydd.
Cadwch ef rywle diogel a phreifat. Gall unrhyw un sydd â&apos;r cod hwn a chopi o ffeiliau eich pasbort
ddarllen eich pasbort. Mae cod newydd a wneir yn y Gosodiadau yn cymryd lle&apos;r un hwn.
</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saved to {path}. Only you can read that file. Move it somewhere safe (a USB stick you keep at home), not a shared folder.</source>
        <extracomment>{path} is the file&apos;s full name.</extracomment>
        <translation type="unfinished">Wedi&apos;i gadw yn {path}. Dim ond chi all ddarllen y ffeil honno. Symudwch hi rywle diogel (cof bach USB rydych chi&apos;n ei gadw gartref), nid ffolder a rennir.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not save</source>
        <extracomment>{path} is the file&apos;s full name, {reason} the system&apos;s words for what went wrong.</extracomment>
        <translation type="unfinished">Methu cadw</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The code was not saved to {path}: {reason}. Choose another folder, or print it instead.</source>
        <translation type="unfinished">Ni chadwyd y cod yn {path}: {reason}. Dewiswch ffolder arall, neu argraffwch ef yn lle hynny.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Sent to the printer. Collect the page now.</source>
        <translation type="unfinished">Wedi&apos;i anfon at yr argraffydd. Casglwch y dudalen nawr.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No printer is set up on this computer, so the page was saved as a PDF instead.</source>
        <translation type="unfinished">Does dim argraffydd wedi&apos;i osod ar y cyfrifiadur hwn, felly cadwyd y dudalen fel PDF yn lle hynny.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Carer&apos;s Passport recovery code</source>
        <translation type="unfinished">Cod adfer Pasbort Gofalwyr</translation>
    </message>
</context>
<context>
    <name>RemindersDialog</name>
    <message>
        <location filename="../../carerpassport/ui/dialogs/reminders_dialog.py" line="+25"/>
        <source>No review dates are set yet, so there is nothing to add to a calendar. Set the passport&apos;s next review date (finishing a review does), or a review date on an agreed action, then come back.</source>
        <translation type="unfinished">Does dim dyddiadau adolygu wedi&apos;u gosod eto, felly does dim i&apos;w ychwanegu at galendr. Gosodwch ddyddiad adolygu nesaf y pasbort (mae gorffen adolygiad yn gwneud hynny), neu ddyddiad adolygu ar gam y cytunwyd arno, yna dewch yn ôl.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Save review dates</source>
        <translation type="unfinished">Cadw dyddiadau adolygu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calendar files (*.ics)</source>
        <translation type="unfinished">Ffeiliau calendr (*.ics)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The calendar file could not be saved.</source>
        <translation type="unfinished">Nid oedd modd cadw&apos;r ffeil calendr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add review dates to your calendar</source>
        <translation type="unfinished">Ychwanegu dyddiadau adolygu at eich calendr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review dates for your calendar</source>
        <translation type="unfinished">Dyddiadau adolygu ar gyfer eich calendr</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save your review dates as a file your calendar app can import.</source>
        <translation type="unfinished">Cadw eich dyddiadau adolygu fel ffeil y gall ap eich calendr ei mewnforio.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your calendar may be copied to other servers, so the file says only “Carer&apos;s passport review” and the date, with a reminder a week before: nothing about your caring, your manager or what was agreed. Below is what each date is about; that stays here.</source>
        <extracomment>“Carer&apos;s passport review” is the calendar entry&apos;s title, which stays in English in the file.</extracomment>
        <translation type="unfinished">Gall eich calendr gael ei gopïo i weinyddion eraill, felly dim ond “Carer&apos;s passport review” a&apos;r dyddiad y mae&apos;r ffeil yn eu dweud, gyda nodyn atgoffa wythnos ymlaen llaw: dim byd am eich gofalu, eich rheolwr na&apos;r hyn y cytunwyd arno. Isod mae beth yw pwrpas pob dyddiad; mae hynny&apos;n aros yma.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Review dates</source>
        <translation type="unfinished">Dyddiadau adolygu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Each date that will be in the calendar file, and what it is about (only the date goes into the file).</source>
        <translation type="unfinished">Pob dyddiad a fydd yn y ffeil calendr, a&apos;i bwrpas (dim ond y dyddiad sy&apos;n mynd i&apos;r ffeil).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Save calendar file…</source>
        <translation type="unfinished">&amp;Cadw ffeil calendr…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the calendar file</source>
        <translation type="unfinished">Cadw&apos;r ffeil calendr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose where to save an .ics file, then open it with your calendar app.</source>
        <translation type="unfinished">Dewiswch ble i gadw ffeil .ics, yna agorwch hi gydag ap eich calendr.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Saved 1 date to {path}. Open that file with your calendar app to add it; saving again later updates the same entry rather than adding a copy.</source>
        <extracomment>{path} is the file&apos;s full name; {count} the number of dates.</extracomment>
        <translation type="unfinished">Cadwyd 1 dyddiad yn {path}. Agorwch y ffeil honno gydag ap eich calendr i&apos;w ychwanegu; mae cadw eto&apos;n nes ymlaen yn diweddaru&apos;r un cofnod yn hytrach nag ychwanegu copi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved {count} dates to {path}. Open that file with your calendar app to add them; saving again later updates the same entries rather than adding copies.</source>
        <translation type="unfinished">Cadwyd {count} dyddiad yn {path}. Agorwch y ffeil honno gydag ap eich calendr i&apos;w hychwanegu; mae cadw eto&apos;n nes ymlaen yn diweddaru&apos;r un cofnodion yn hytrach nag ychwanegu copïau.</translation>
    </message>
</context>
<context>
    <name>RequestsView</name>
    <message>
        <location filename="../../carerpassport/ui/views/requests_view.py" line="+54"/>
        <source>Drafted</source>
        <extracomment>The column titles (translated where the table is made).</extracomment>
        <translation type="unfinished">Drafftiwyd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where it stands</source>
        <translation type="unfinished">Ble mae pethau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent</source>
        <translation type="unfinished">Anfonwyd</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+156"/>
        <source>Decision due</source>
        <translation type="unfinished">Penderfyniad erbyn</translation>
    </message>
    <message>
        <location line="-112"/>
        <location line="+11"/>
        <source>Flexible-working requests</source>
        <extracomment>The passport&apos;s agreed actions changed (the Agreed actions page refreshes).</extracomment>
        <translation type="unfinished">Ceisiadau gweithio hyblyg</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Your statutory requests to change your hours, times or place of work, and their outcome.</source>
        <translation type="unfinished">Eich ceisiadau statudol i newid eich oriau, eich amseroedd neu eich man gwaith, a&apos;u canlyniad.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Flexible-working requests page</source>
        <translation type="unfinished">Tudalen ceisiadau gweithio hyblyg</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not legal advice</source>
        <translation type="unfinished">Nid cyngor cyfreithiol</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whether you can make a request now</source>
        <translation type="unfinished">A allwch wneud cais nawr</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your requests</source>
        <translation type="unfinished">Eich ceisiadau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One row for each request; select one to see and record what happened.</source>
        <translation type="unfinished">Un rhes ar gyfer pob cais; dewiswch un i weld a chofnodi beth ddigwyddodd.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;New request…</source>
        <translation type="unfinished">Cais &amp;newydd…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New request</source>
        <translation type="unfinished">Cais newydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft a statutory request from your passport.</source>
        <translation type="unfinished">Drafftio cais statudol o&apos;ch pasbort.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit draft…</source>
        <translation type="unfinished">&amp;Golygu&apos;r drafft…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit draft</source>
        <translation type="unfinished">Golygu&apos;r drafft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go on with the selected draft, preview it and save it.</source>
        <translation type="unfinished">Parhau â&apos;r drafft a ddewiswyd, cael rhagolwg ohono a&apos;i gadw.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save a &amp;copy…</source>
        <translation type="unfinished">Cadw &amp;copi…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save a copy</source>
        <translation type="unfinished">Cadw copi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the selected request as a signed PDF or as text.</source>
        <translation type="unfinished">Cadw&apos;r cais a ddewiswyd fel PDF wedi&apos;i lofnodi neu fel testun.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete draft</source>
        <translation type="unfinished">&amp;Dileu&apos;r drafft</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete draft</source>
        <translation type="unfinished">Dileu&apos;r drafft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected draft (a sent request stays).</source>
        <translation type="unfinished">Dileu&apos;r drafft a ddewiswyd (mae cais a anfonwyd yn aros).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A request you made before using this app</source>
        <translation type="unfinished">Cais a wnaethoch cyn defnyddio&apos;r ap hwn</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It counts towards the two a year, and your next letter must name it.</source>
        <translation type="unfinished">Mae&apos;n cyfrif tuag at y ddau y flwyddyn, a rhaid i&apos;ch llythyr nesaf ei enwi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Earlier request made on</source>
        <translation type="unfinished">Cais cynharach a wnaed ar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made on:</source>
        <translation type="unfinished">Gwnaed ar:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still &amp;waiting for the decision</source>
        <translation type="unfinished">Dal i aros am y &amp;penderfyniad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still waiting for the decision</source>
        <translation type="unfinished">Dal i aros am y penderfyniad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add earlier re&amp;quest</source>
        <translation type="unfinished">Ychwanegu cais cyn&amp;harach</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add earlier request</source>
        <translation type="unfinished">Ychwanegu cais cynharach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the date of a request made before.</source>
        <translation type="unfinished">Cofnodi dyddiad cais a wnaed o&apos;r blaen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What happened</source>
        <translation type="unfinished">Beth ddigwyddodd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened to the selected request</source>
        <translation type="unfinished">Beth ddigwyddodd i&apos;r cais a ddewiswyd</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Status</source>
        <translation type="unfinished">Statws</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The outcome of the last thing you recorded.</source>
        <translation type="unfinished">Canlyniad y peth olaf a gofnodwyd gennych.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Sent on</source>
        <translation type="unfinished">Anfonwyd ar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent by e&amp;mail</source>
        <translation type="unfinished">Anfonwyd drwy &amp;e-bost</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sent by email</source>
        <translation type="unfinished">Anfonwyd drwy e-bost</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By email it counts as made the day it was sent; otherwise the day your employer received it.</source>
        <translation type="unfinished">Drwy e-bost mae&apos;n cyfrif fel un a wnaed y diwrnod y&apos;i hanfonwyd; fel arall y diwrnod y cafodd eich cyflogwr ef.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Received on (not by email)</source>
        <translation type="unfinished">Daeth i law ar (nid drwy e-bost)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received on:</source>
        <translation type="unfinished">Daeth i law ar:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I know when it was received</source>
        <translation type="unfinished">Rwy&apos;n gwybod pryd y daeth i law</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record &amp;sent</source>
        <translation type="unfinished">C&amp;ofnodi anfon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record sent</source>
        <translation type="unfinished">Cofnodi anfon</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sent on:</source>
        <translation type="unfinished">Anfonwyd ar:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Extended to</source>
        <translation type="unfinished">Estynnwyd i</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record e&amp;xtension</source>
        <translation type="unfinished">Cofnodi e&amp;styniad</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record extension</source>
        <translation type="unfinished">Cofnodi estyniad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both of you agreed a later decision date.</source>
        <translation type="unfinished">Cytunodd y ddau ohonoch ar ddyddiad penderfynu diweddarach.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ex&amp;tended to:</source>
        <translation type="unfinished">Es&amp;tynnwyd i:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Meeting on</source>
        <translation type="unfinished">Cyfarfod ar</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Record meeting</source>
        <translation type="unfinished">Cofnodi cyfarfod</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meetin&amp;g on:</source>
        <translation type="unfinished">C&amp;yfarfod ar:</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+5"/>
        <source>Outcome</source>
        <translation type="unfinished">Canlyniad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Outcome:</source>
        <translation type="unfinished">Can&amp;lyniad:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decided on</source>
        <translation type="unfinished">Penderfynwyd ar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dec&amp;ided on:</source>
        <translation type="unfinished">Penderfynwyd &amp;ar:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trial ends</source>
        <translation type="unfinished">Cyfnod prawf yn dod i ben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;rial ends:</source>
        <translation type="unfinished">Cyfnod prawf yn dod i &amp;ben:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The business reasons they gave</source>
        <translation type="unfinished">Y rhesymau busnes a roddwyd</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reason: {reason}</source>
        <translation type="unfinished">Rheswm: {reason}</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+4"/>
        <source>Also update my agreed actions</source>
        <translation type="unfinished">Diweddaru fy nghamau gweithredu y cytunwyd arnynt hefyd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted: the proposed flexible-working actions in the request become agreed, or one is added. Refused: they are marked declined, with the reasons.</source>
        <translation type="unfinished">Derbyniwyd: mae&apos;r camau gweithredu gweithio hyblyg a gynigiwyd yn y cais yn dod yn rhai y cytunwyd arnynt, neu ychwanegir un. Gwrthodwyd: cânt eu nodi fel rhai a wrthodwyd, gyda&apos;r rhesymau.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>One new version of your passport; you can undo it from History.</source>
        <translation type="unfinished">Un fersiwn newydd o&apos;ch pasbort; gallwch ei ddadwneud o&apos;r Hanes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record o&amp;utcome</source>
        <translation type="unfinished">Co&amp;fnodi&apos;r canlyniad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record outcome</source>
        <translation type="unfinished">Cofnodi&apos;r canlyniad</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Appeal</source>
        <translation type="unfinished">Apêl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appealed on</source>
        <translation type="unfinished">Apeliwyd ar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;ppealed on:</source>
        <translation type="unfinished">Apel&amp;iwyd ar:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Appeal outcome</source>
        <translation type="unfinished">Canlyniad yr apêl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appeal outcome:</source>
        <translation type="unfinished">Canlyniad yr apêl:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appeal decided on</source>
        <translation type="unfinished">Penderfynwyd ar yr apêl ar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appeal decided on:</source>
        <translation type="unfinished">Penderfynwyd ar yr apêl ar:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record &amp;appeal</source>
        <translation type="unfinished">Cofnodi&apos;&amp;r apêl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record appeal</source>
        <translation type="unfinished">Cofnodi&apos;r apêl</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>You can make a new request now.</source>
        <translation type="unfinished">Gallwch wneud cais newydd nawr.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not yet</source>
        <translation type="unfinished">Ddim eto</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Select a request to record what happened to it.</source>
        <translation type="unfinished">Dewiswch gais i gofnodi beth ddigwyddodd iddo.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Meeting: {date}.</source>
        <translation type="unfinished">Cyfarfod: {date}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Outcome: {outcome} on {date}</source>
        <translation type="unfinished">Canlyniad: {outcome} ar {date}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, trial ends {date}</source>
        <translation type="unfinished">, y cyfnod prawf yn dod i ben {date}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Appeal made on {date}: {outcome}.</source>
        <translation type="unfinished">Apêl a wnaed ar {date}: {outcome}.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Recorded as sent.</source>
        <translation type="unfinished">Wedi&apos;i gofnodi fel un a anfonwyd.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Earlier request recorded.</source>
        <translation type="unfinished">Wedi cofnodi&apos;r cais cynharach.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Extension recorded.</source>
        <translation type="unfinished">Wedi cofnodi&apos;r estyniad.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Meeting recorded. You may bring a colleague or a trade union representative.</source>
        <translation type="unfinished">Wedi cofnodi&apos;r cyfarfod. Cewch ddod â chydweithiwr neu gynrychiolydd undeb llafur.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Outcome recorded.</source>
        <translation type="unfinished">Wedi cofnodi&apos;r canlyniad.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Outcome recorded, and your agreed actions updated (version {number}; undo it from History).</source>
        <translation type="unfinished">Wedi cofnodi&apos;r canlyniad, ac wedi diweddaru eich camau gweithredu y cytunwyd arnynt (fersiwn {number}; gallwch ei ddadwneud o&apos;r Hanes).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Appeal recorded.</source>
        <translation type="unfinished">Wedi cofnodi&apos;r apêl.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Draft deleted.</source>
        <translation type="unfinished">Wedi dileu&apos;r drafft.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save your request</source>
        <translation type="unfinished">Cadw eich cais</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed PDF (*.pdf);;Text (*.txt)</source>
        <translation type="unfinished">PDF wedi&apos;i lofnodi (*.pdf);;Testun (*.txt)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saved to {path}; it is in your sharing record.</source>
        <translation type="unfinished">Wedi&apos;i gadw yn {path}; mae yn eich cofnod rhannu.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not saved: {reason}</source>
        <extracomment>{reason} is a sentence saying why (&quot;The disk is full.&quot;).</extracomment>
        <translation type="unfinished">Heb ei gadw: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The request could not be saved.</source>
        <translation type="unfinished">Nid oedd modd cadw&apos;r cais.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../carerpassport/ui/dialogs/backup_dialog.py" line="+5"/>
        <source>Replace your vault?</source>
        <translation type="unfinished">Newid eich claddgell?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>There is already a vault in {folder}. Restoring replaces it with the backup. The current vault is not deleted: it is kept, renamed, in the same folder.

Replace it?</source>
        <translation type="unfinished">Mae claddgell yn {folder} eisoes. Mae adfer yn rhoi&apos;r copi wrth gefn yn ei lle. Nid yw&apos;r gladdgell bresennol yn cael ei dileu: caiff ei chadw, gydag enw newydd, yn yr un ffolder.

Ei newid?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Yes</source>
        <translation type="unfinished">&amp;Ie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation type="unfinished">&amp;Na</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Restore from a backup</source>
        <translation type="unfinished">Adfer o gopi wrth gefn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put your vault back from an encrypted backup file.</source>
        <translation type="unfinished">Rhoi eich claddgell yn ôl o ffeil copi wrth gefn wedi&apos;i hamgryptio.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore into {folder}. You need the backup file and the recovery code (or passphrase) it was locked with.</source>
        <translation type="unfinished">Adfer i {folder}. Mae angen y ffeil copi wrth gefn arnoch a&apos;r cod adfer (neu&apos;r cyfrinymadrodd) y cafodd ei chloi ag ef.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished">&amp;Pori…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the backup file</source>
        <translation type="unfinished">Dewis y ffeil copi wrth gefn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a file chooser.</source>
        <translation type="unfinished">Agor dewisydd ffeiliau.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup file</source>
        <translation type="unfinished">Ffeil copi wrth gefn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The .backup.age file to restore from.</source>
        <translation type="unfinished">Y ffeil .backup.age i adfer ohoni.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Restore</source>
        <translation type="unfinished">&amp;Adfer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the backup and put the vault back.</source>
        <translation type="unfinished">Gwirio&apos;r copi wrth gefn a rhoi&apos;r gladdgell yn ôl.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose the backup</source>
        <translation type="unfinished">Dewis y copi wrth gefn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vault backups (*{suffix});;All files (*)</source>
        <translation type="unfinished">Copïau wrth gefn o&apos;r gladdgell (*{suffix});;Pob ffeil (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing was changed.</source>
        <translation type="unfinished">Ni newidiwyd dim.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Checking and restoring…</source>
        <translation type="unfinished">Wrthi&apos;n gwirio ac adfer…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Restored. Versions: {revisions}; log entries: {events}; backup made {created}.</source>
        <translation type="unfinished">Wedi&apos;i adfer. Fersiynau: {revisions}; cofnodion log: {events}; gwnaed y copi wrth gefn {created}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your previous vault is kept in {folder}.</source>
        <translation type="unfinished">Mae eich claddgell flaenorol wedi&apos;i chadw yn {folder}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your vault was restored from a backup. Unlock it to continue.</source>
        <translation type="unfinished">Adferwyd eich claddgell o gopi wrth gefn. Datglowch hi i barhau.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not restored: {reason}</source>
        <translation type="unfinished">Heb ei adfer: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the backup could not be restored.</source>
        <translation type="unfinished">nid oedd modd adfer y copi wrth gefn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was restored; your vault is unchanged. Unlock it to continue.</source>
        <translation type="unfinished">Ni adferwyd dim; nid yw eich claddgell wedi newid. Datglowch hi i barhau.</translation>
    </message>
</context>
<context>
    <name>ReviewWizard</name>
    <message>
        <location filename="../../carerpassport/ui/dialogs/review_wizard.py" line="-123"/>
        <source>This page; scroll to see all of it.</source>
        <translation type="unfinished">Y dudalen hon; sgroliwch i&apos;w gweld i gyd.</translation>
    </message>
    <message>
        <location line="+288"/>
        <source>“{label}”</source>
        <translation type="unfinished">“{label}”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changed: {items} and more.</source>
        <translation type="unfinished">Wedi newid: {items} a mwy.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed: {items}.</source>
        <translation type="unfinished">Wedi newid: {items}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change your sharing agreement on the Passport page.</source>
        <translation type="unfinished">Newidiwch eich cytundeb rhannu ar dudalen y Pasbort.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Review saved as version {revision}: {unchanged} still true, {changed} changed, {gone} no longer apply.</source>
        <extracomment>{unchanged}, {changed} and {gone} are numbers of items; the sentence reads well for any number.</extracomment>
        <translation type="unfinished">Adolygiad wedi&apos;i gadw fel fersiwn {revision}: yn dal yn wir {unchanged}, wedi newid {changed}, ddim yn berthnasol mwyach {gone}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next review: {day}.</source>
        <translation type="unfinished">Adolygiad nesaf: {day}.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Review your passport</source>
        <extracomment>Asks the main window to show a page (the Passport page, to change the sharing agreement).</extracomment>
        <translation type="unfinished">Adolygu eich pasbort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Section by section: is this still true?</source>
        <translation type="unfinished">Fesul adran: ydy hyn yn dal yn wir?</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished">&amp;Nesaf &gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next</source>
        <translation type="unfinished">Nesaf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished">&lt; &amp;Yn ôl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation type="unfinished">Yn ôl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Finish</source>
        <translation type="unfinished">&amp;Gorffen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finish</source>
        <translation type="unfinished">Gorffen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Close</source>
        <translation type="unfinished">Cau</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Commit</source>
        <translation type="unfinished">Ymrwymo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation type="unfinished">&amp;Help</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation type="unfinished">Help</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close the wizard; what you marked so far is kept and you can continue later.</source>
        <translation type="unfinished">Cau&apos;r dewin; caiff yr hyn a nodoch hyd yma ei gadw a gallwch chi barhau yn nes ymlaen.</translation>
    </message>
</context>
<context>
    <name>SectionPage</name>
    <message>
        <location line="-208"/>
        <source>Is this still true?</source>
        <translation type="unfinished">Ydy hyn yn dal yn wir?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The answers and actions in this section; scroll to see them all.</source>
        <translation type="unfinished">Yr atebion a&apos;r camau gweithredu yn yr adran hon; sgroliwch i&apos;w gweld i gyd.</translation>
    </message>
</context>
<context>
    <name>SendBundleDialog</name>
    <message>
        <location filename="../../carerpassport/ui/dialogs/send_bundle_dialog.py" line="+12"/>
        <source>(not set)</source>
        <translation type="unfinished">(heb ei osod)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You: {name}</source>
        <translation type="unfinished">Chi: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line manager: {name}</source>
        <translation type="unfinished">Rheolwr llinell: {name}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Agreed actions</source>
        <translation type="unfinished">Camau y cytunwyd arnynt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not included: {answers} private answer(s), {actions} private action(s) and your private notes.</source>
        <translation type="unfinished">Heb eu cynnwys: {answers} ateb preifat, {actions} cam preifat a&apos;ch nodiadau preifat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not included: {answers} private answer(s), {actions} private action(s).</source>
        <translation type="unfinished">Heb eu cynnwys: {answers} ateb preifat, {actions} cam preifat.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Send an encrypted copy</source>
        <extracomment>Asks before a share the sharing agreement does not allow (replaced in tests).</extracomment>
        <translation type="unfinished">Anfon copi wedi&apos;i amgryptio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Make an encrypted file of what you share, that only the people you choose can open.</source>
        <translation type="unfinished">Gwneud ffeil wedi&apos;i hamgryptio o&apos;r hyn rydych chi&apos;n ei rannu, na all neb ond y bobl a ddewiswch ei hagor.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only the people you choose (and you) can open this file. It holds your signed PDF and the answers you marked as shared.</source>
        <translation type="unfinished">Dim ond y bobl a ddewiswch (a chi) all agor y ffeil hon. Mae&apos;n cynnwys eich PDF wedi&apos;i lofnodi a&apos;r atebion a farciwyd gennych i&apos;w rhannu.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Purpose</source>
        <translation type="unfinished">Diben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why you are sharing it; kept in your sharing log.</source>
        <translation type="unfinished">Pam rydych chi&apos;n ei rannu; fe&apos;i cedwir yn eich log rhannu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for example: our 1:1 on Tuesday</source>
        <translation type="unfinished">er enghraifft: ein cyfarfod 1:1 ddydd Mawrth</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Purpose:</source>
        <translation type="unfinished">&amp;Diben:</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+3"/>
        <source>Their name</source>
        <translation type="unfinished">Eu henw</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>For “someone else”: their name or a description, as your sharing agreement names them.</source>
        <translation type="unfinished">Ar gyfer “rhywun arall”: eu henw neu ddisgrifiad, fel y mae eich cytundeb rhannu yn eu henwi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who “someone else” is, as your sharing agreement names them.</source>
        <translation type="unfinished">Pwy yw “rhywun arall”, fel y mae eich cytundeb rhannu yn eu henwi.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>W&amp;ho is this for?</source>
        <translation type="unfinished">I &amp;bwy mae hwn?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;What will be shared:</source>
        <translation type="unfinished">Beth fydd yn cael ei r&amp;annu:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What will be shared</source>
        <translation type="unfinished">Beth fydd yn cael ei rannu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Exactly the answers and actions that go into the encrypted copy.</source>
        <translation type="unfinished">Yr union atebion a chamau sy&apos;n mynd i&apos;r copi wedi&apos;i amgryptio.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close without saving.</source>
        <translation type="unfinished">Cau heb gadw.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save encrypted copy…</source>
        <translation type="unfinished">Cadw&apos;r copi wedi&apos;i a&amp;mgryptio…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+136"/>
        <source>Save the encrypted copy</source>
        <translation type="unfinished">Cadw&apos;r copi wedi&apos;i amgryptio</translation>
    </message>
    <message>
        <location line="-135"/>
        <source>Choose where to save the .passport.age file.</source>
        <translation type="unfinished">Dewiswch ble i gadw&apos;r ffeil .passport.age.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;People I trust (their identity cards)</source>
        <translation type="unfinished">&amp;Pobl rwy&apos;n ymddiried ynddynt (eu cardiau adnabod)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypt to people</source>
        <translation type="unfinished">Amgryptio i bobl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the people ticked below, and you, can open it.</source>
        <translation type="unfinished">Dim ond y bobl a dicir isod, a chi, all ei agor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A pass&amp;phrase I will tell them</source>
        <translation type="unfinished">Cyfrinymadr&amp;odd y byddaf yn ei ddweud wrthynt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypt with a passphrase</source>
        <translation type="unfinished">Amgryptio gyda chyfrinymadrodd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anyone who has the file and the passphrase can open it.</source>
        <translation type="unfinished">Gall unrhyw un sydd â&apos;r ffeil a&apos;r cyfrinymadrodd ei hagor.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Contacts</source>
        <translation type="unfinished">Cysylltiadau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick the people who may open the file.</source>
        <translation type="unfinished">Ticiwch y bobl a gaiff agor y ffeil.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add a &amp;card file…</source>
        <translation type="unfinished">Ychwanegu ffeil c&amp;erdyn…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a card file</source>
        <translation type="unfinished">Ychwanegu ffeil cerdyn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trust someone&apos;s identity card and send to them.</source>
        <translation type="unfinished">Ymddiried yng ngherdyn adnabod rhywun ac anfon atynt.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Passphrase</source>
        <translation type="unfinished">Cyfrinymadrodd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>At least {length} characters and about {bits} bits: six unrelated words, or generate one.</source>
        <translation type="unfinished">O leiaf {length} nod a thua {bits} did: chwe gair heb gysylltiad, neu cynhyrchwch un.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sho&amp;w</source>
        <translation type="unfinished">Dan&amp;gos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the passphrase</source>
        <translation type="unfinished">Dangos y cyfrinymadrodd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the passphrase as plain text.</source>
        <translation type="unfinished">Dangos y cyfrinymadrodd fel testun plaen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Generate</source>
        <translation type="unfinished">Cynhyrch&amp;u</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generate a passphrase</source>
        <translation type="unfinished">Cynhyrchu cyfrinymadrodd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make a strong random passphrase and show it.</source>
        <translation type="unfinished">Gwneud cyfrinymadrodd cryf ar hap a&apos;i ddangos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Passphrase strength</source>
        <translation type="unfinished">Cryfder y cyfrinymadrodd</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Strength: {strength} (about {bits} bits).</source>
        <extracomment>{strength} is the strength&apos;s word (weak, fair, strong…).</extracomment>
        <translation type="unfinished">Cryfder: {strength} (tua {bits} did).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tell it to them by another route than the file.</source>
        <translation type="unfinished">Dywedwch ef wrthynt mewn ffordd arall, nid gyda&apos;r ffeil.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs at least {length} characters and about {bits} bits.</source>
        <translation type="unfinished">Mae angen o leiaf {length} nod a thua {bits} did.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A passphrase needs at least {length} characters and about {bits} bits.</source>
        <translation type="unfinished">Mae angen o leiaf {length} nod a thua {bits} did ar gyfrinymadrodd.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Their identity card</source>
        <translation type="unfinished">Eu cerdyn adnabod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identity cards (*.json)</source>
        <translation type="unfinished">Cardiau adnabod (*.json)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>my passport</source>
        <extracomment>The suggested file name, without its ending (.passport.age).</extracomment>
        <translation type="unfinished">fy mhasbort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encrypted passports (*{suffix})</source>
        <translation type="unfinished">Pasbortau wedi&apos;u hamgryptio (*{suffix})</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+30"/>
        <source>Not saved: {reason}</source>
        <translation type="unfinished">Heb ei gadw: {reason}</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Nothing was shared: your sharing agreement does not allow it and you did not confirm it. Your log records that.</source>
        <translation type="unfinished">Ni rannwyd dim: nid yw eich cytundeb rhannu yn ei ganiatáu ac ni wnaethoch ei gadarnhau. Mae eich log yn cofnodi hynny.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Signing and encrypting…</source>
        <translation type="unfinished">Wrthi&apos;n llofnodi ac amgryptio…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Saved to {path}. It opens for {who}.</source>
        <translation type="unfinished">Wedi&apos;i gadw yn {path}. Mae&apos;n agor i {who}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved to {path}. It opens for {who} and you.</source>
        <translation type="unfinished">Wedi&apos;i gadw yn {path}. Mae&apos;n agor i {who} a chi.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The encrypted copy could not be made.</source>
        <translation type="unfinished">Nid oedd modd gwneud y copi wedi&apos;i amgryptio.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../carerpassport/ui/dialogs/settings_dialog.py" line="+61"/>
        <source>Never (not recommended)</source>
        <extracomment>Locking: never lock the passport when the app is idle.</extracomment>
        <translation type="unfinished">Byth (ni argymhellir)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 minute</source>
        <translation type="unfinished">1 munud</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} minutes</source>
        <extracomment>Locking after this many idle minutes ({count} is the number, never 1).</extracomment>
        <translation type="unfinished">{count} munud</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+18"/>
        <source>Same as my computer</source>
        <extracomment>The language list&apos;s first entry: speak the computer&apos;s language (English if we have no translation).</extracomment>
        <translation type="unfinished">Yr un fath â&apos;m cyfrifiadur</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Light</source>
        <translation type="unfinished">Golau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation type="unfinished">Tywyll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High contrast</source>
        <translation type="unfinished">Cyferbyniad uchel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>For my own passport (I am a carer)</source>
        <translation type="unfinished">Ar gyfer fy mhasbort fy hun (rwy&apos;n ofalwr)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As a manager who receives passports from my team</source>
        <translation type="unfinished">Fel rheolwr sy&apos;n cael pasbortau gan fy nhîm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both: my own passport, and passports from my team</source>
        <translation type="unfinished">Y ddau: fy mhasbort fy hun, a phasbortau gan fy nhîm</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+1"/>
        <source>Your new recovery code</source>
        <translation type="unfinished">Eich cod adfer newydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the new code; once you have typed part of it back, the old one stops working.</source>
        <translation type="unfinished">Cadwch y cod newydd; ar ôl i chi deipio rhan ohono yn ôl, bydd yr hen un yn peidio â gweithio.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep this new code. Once you have typed part of it back, your old recovery code &lt;b&gt;stops working&lt;/b&gt;: then destroy any copy of the old one.</source>
        <translation type="unfinished">Cadwch y cod newydd hwn. Ar ôl i chi deipio rhan ohono yn ôl, bydd eich hen god adfer yn &lt;b&gt;peidio â gweithio&lt;/b&gt;: yna dinistriwch unrhyw gopi o&apos;r hen un.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Done</source>
        <translation type="unfinished">&amp;Wedi gorffen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation type="unfinished">Wedi gorffen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close once you have kept the new code.</source>
        <translation type="unfinished">Caewch ar ôl i chi gadw&apos;r cod newydd.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Close without keeping the code?</source>
        <translation type="unfinished">Cau heb gadw&apos;r cod?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You will not see this code again. If you close now, no new code is made and your current recovery code keeps working. Close anyway?</source>
        <translation type="unfinished">Ni fyddwch yn gweld y cod hwn eto. Os byddwch yn cau nawr, ni chaiff cod newydd ei greu a bydd eich cod adfer presennol yn dal i weithio. Cau beth bynnag?</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Settings — Carer&apos;s Passport</source>
        <extracomment>Who uses this vault changed (see :meth:`set_role`). A new recovery code shown but not yet committed (the old one still works meanwhile).</extracomment>
        <translation type="unfinished">Gosodiadau — Pasbort Gofalwyr</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+17"/>
        <source>Settings</source>
        <translation type="unfinished">Gosodiadau</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Where your passport is kept, how it is locked, and how the app looks.</source>
        <translation type="unfinished">Ble mae eich pasbort yn cael ei gadw, sut mae wedi&apos;i gloi, a sut mae&apos;r ap yn edrych.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Result of the last change</source>
        <translation type="unfinished">Canlyniad y newid diwethaf</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Close</source>
        <translation type="unfinished">Ca&amp;u</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close settings</source>
        <translation type="unfinished">Cau&apos;r gosodiadau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close this window; changes are already saved.</source>
        <translation type="unfinished">Cau&apos;r ffenestr hon; mae&apos;r newidiadau wedi&apos;u cadw eisoes.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Who is using this</source>
        <translation type="unfinished">Pwy sy&apos;n defnyddio hwn</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Decides which pages the app shows first; your passports stay as they are.</source>
        <translation type="unfinished">Mae&apos;n penderfynu pa dudalennau y mae&apos;r ap yn eu dangos gyntaf; mae eich pasbortau&apos;n aros fel y maen nhw.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Saved: {choice}.</source>
        <extracomment>Shown after choosing who uses the app; {choice} is the answer chosen, e.g. &quot;For my own passport&quot;.</extracomment>
        <translation type="unfinished">Wedi&apos;i gadw: {choice}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Where your passport is kept</source>
        <translation type="unfinished">Ble mae eich pasbort yn cael ei gadw</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Data folder</source>
        <translation type="unfinished">Ffolder data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The folder on this computer that holds your encrypted passport. Back up this folder, or use File, Back up.</source>
        <translation type="unfinished">Y ffolder ar y cyfrifiadur hwn sy&apos;n dal eich pasbort wedi&apos;i amgryptio. Gwnewch gopi wrth gefn o&apos;r ffolder hon, neu defnyddiwch Ffeil, Copi wrth gefn.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Data folder</source>
        <translation type="unfinished">&amp;Ffolder data</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ways to open your passport</source>
        <translation type="unfinished">Ffyrdd o agor eich pasbort</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+155"/>
        <source>You have a passphrase.</source>
        <translation type="unfinished">Mae gennych gyfrinymadrodd.</translation>
    </message>
    <message>
        <location line="-154"/>
        <source>You have no passphrase yet.</source>
        <translation type="unfinished">Nid oes gennych gyfrinymadrodd eto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New passphrase</source>
        <translation type="unfinished">Cyfrinymadrodd &amp;newydd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Current passphrase</source>
        <translation type="unfinished">Cyfrinymadrodd presennol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your passphrase now, to show it is you.</source>
        <translation type="unfinished">Eich cyfrinymadrodd nawr, i ddangos mai chi sydd yno.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;urrent passphrase</source>
        <translation type="unfinished">Cyfrinymadrodd &amp;presennol</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+141"/>
        <source>&amp;Change passphrase</source>
        <translation type="unfinished">Newid y cyf&amp;rinymadrodd</translation>
    </message>
    <message>
        <location line="-140"/>
        <source>Set &amp;passphrase</source>
        <translation type="unfinished">Gosod cyf&amp;rinymadrodd</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+140"/>
        <source>Change passphrase</source>
        <translation type="unfinished">Newid y cyfrinymadrodd</translation>
    </message>
    <message>
        <location line="-139"/>
        <source>Set passphrase</source>
        <translation type="unfinished">Gosod cyfrinymadrodd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saves the new passphrase; the old one stops working.</source>
        <translation type="unfinished">Yn cadw&apos;r cyfrinymadrodd newydd; bydd yr hen un yn peidio â gweithio.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Make a new &amp;recovery code…</source>
        <translation type="unfinished">Creu cod &amp;adfer newydd…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make a new recovery code</source>
        <translation type="unfinished">Creu cod adfer newydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replaces your recovery code; the old one stops working. Use this if your code may have been seen or lost.</source>
        <translation type="unfinished">Yn disodli eich cod adfer; bydd yr hen un yn peidio â gweithio. Defnyddiwch hwn os gallai eich cod fod wedi cael ei weld neu ei golli.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open &amp;without typing on this computer (uses the system keyring)</source>
        <translation type="unfinished">Agor &amp;heb deipio ar y cyfrifiadur hwn (yn defnyddio cylch allweddi&apos;r system)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the system keyring</source>
        <translation type="unfinished">Defnyddio cylch allweddi&apos;r system</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When on, the key is kept in your computer&apos;s keyring, so the passport opens while you are logged in. When off, you type your passphrase each time.</source>
        <translation type="unfinished">Pan fydd ymlaen, mae&apos;r allwedd yn cael ei chadw yng nghylch allweddi eich cyfrifiadur, felly mae&apos;r pasbort yn agor tra byddwch wedi mewngofnodi. Pan fydd i ffwrdd, byddwch yn teipio eich cyfrinymadrodd bob tro.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Checking the keyring…</source>
        <translation type="unfinished">Wrthi&apos;n gwirio&apos;r cylch allweddi…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Locking</source>
        <translation type="unfinished">Cloi</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lock after idle time</source>
        <translation type="unfinished">Cloi ar ôl cyfnod segur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Locks the passport when you have not used the app for this long. It also locks when your screen locks, where the computer tells us.</source>
        <translation type="unfinished">Yn cloi&apos;r pasbort pan nad ydych wedi defnyddio&apos;r ap am gyhyd â hyn. Mae hefyd yn cloi pan fydd eich sgrin yn cloi, lle mae&apos;r cyfrifiadur yn dweud wrthym.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Lock when idle for</source>
        <translation type="unfinished">&amp;Cloi pan fydd yn segur am</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Appearance</source>
        <translation type="unfinished">Golwg</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Colours</source>
        <translation type="unfinished">Lliwiau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light, dark, high contrast, or the same as your computer.</source>
        <translation type="unfinished">Golau, tywyll, cyferbyniad uchel, neu&apos;r un fath â&apos;ch cyfrifiadur.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{size}%</source>
        <extracomment>A text size in per cent; write it as your language writes percentages.</extracomment>
        <translation type="unfinished">{size}%</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text size</source>
        <translation type="unfinished">Maint y testun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Makes all text in the app bigger, up to twice the normal size.</source>
        <translation type="unfinished">Yn gwneud yr holl destun yn yr ap yn fwy, hyd at ddwywaith y maint arferol.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;olours</source>
        <translation type="unfinished">&amp;Lliwiau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Text size</source>
        <translation type="unfinished">&amp;Maint y testun</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Language</source>
        <translation type="unfinished">Iaith</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language of the app&apos;s words. It changes the next time you start the app.</source>
        <translation type="unfinished">Iaith geiriau&apos;r ap. Mae&apos;n newid y tro nesaf y byddwch yn dechrau&apos;r ap.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lan&amp;guage</source>
        <translation type="unfinished">&amp;Iaith</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Saved. Close and start Carer&apos;s Passport again to see it in this language.</source>
        <translation type="unfinished">Wedi&apos;i gadw. Caewch Pasbort Gofalwyr a&apos;i ddechrau eto i&apos;w weld yn yr iaith hon.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Your current passphrase is not right, so nothing was changed. Try again.</source>
        <translation type="unfinished">Nid yw eich cyfrinymadrodd presennol yn gywir, felly ni chafodd dim ei newid. Rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Passphrase saved. Use the new one from now on.</source>
        <translation type="unfinished">Mae&apos;r cyfrinymadrodd wedi&apos;i gadw. Defnyddiwch yr un newydd o hyn ymlaen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Make a new recovery code?</source>
        <translation type="unfinished">Creu cod adfer newydd?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your current recovery code will stop working. You will be shown the new one once, and asked to type part of it back.

Make a new code?</source>
        <translation type="unfinished">Bydd eich cod adfer presennol yn peidio â gweithio. Bydd y cod newydd yn cael ei ddangos i chi unwaith, a gofynnir i chi deipio rhan ohono yn ôl.

Creu cod newydd?</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Your new recovery code is shown. Your current code works until you have kept the new one.</source>
        <translation type="unfinished">Mae eich cod adfer newydd yn cael ei ddangos. Mae eich cod presennol yn gweithio nes i chi gadw&apos;r un newydd.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>New recovery code saved. The old one no longer works.</source>
        <translation type="unfinished">Mae&apos;r cod adfer newydd wedi&apos;i gadw. Nid yw&apos;r hen un yn gweithio mwyach.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No new recovery code was made; your current one still works.</source>
        <translation type="unfinished">Ni chafodd cod adfer newydd ei greu; mae eich un presennol yn dal i weithio.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This computer has no keyring this app can use, so your passport always asks for your passphrase or recovery code.</source>
        <translation type="unfinished">Nid oes gan y cyfrifiadur hwn gylch allweddi y gall yr ap hwn ei ddefnyddio, felly mae eich pasbort bob amser yn gofyn am eich cyfrinymadrodd neu&apos;ch cod adfer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your passport opens by itself while you are logged in to this computer.</source>
        <translation type="unfinished">Mae eich pasbort yn agor ar ei ben ei hun tra byddwch wedi mewngofnodi i&apos;r cyfrifiadur hwn.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your passport asks for your passphrase each time it opens.</source>
        <translation type="unfinished">Mae eich pasbort yn gofyn am eich cyfrinymadrodd bob tro y mae&apos;n agor.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Set a passphrase first: without the keyring and without a passphrase you would need your recovery code every time.</source>
        <translation type="unfinished">Gosodwch gyfrinymadrodd yn gyntaf: heb y cylch allweddi a heb gyfrinymadrodd, byddai angen eich cod adfer arnoch bob tro.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The keyring could not store the key; your passport will keep asking for your passphrase.</source>
        <translation type="unfinished">Nid oedd modd i&apos;r cylch allweddi storio&apos;r allwedd; bydd eich pasbort yn dal i ofyn am eich cyfrinymadrodd.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Working…</source>
        <translation type="unfinished">Wrthi&apos;n gweithio…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>That did not work.</source>
        <translation type="unfinished">Ni weithiodd hynny.</translation>
    </message>
</context>
<context>
    <name>ShareTag</name>
    <message>
        <location filename="../../carerpassport/ui/widgets/share_tag.py" line="+17"/>
        <source>Shared on export</source>
        <translation type="unfinished">Wedi&apos;i rannu wrth allforio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private – only you</source>
        <translation type="unfinished">Preifat – chi yn unig</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>This answer will be in the PDF or bundle you export for your manager. Nothing is sent until you export.</source>
        <translation type="unfinished">Bydd yr ateb hwn yn y PDF neu&apos;r bwndel y byddwch chi&apos;n ei allforio ar gyfer eich rheolwr. Does dim byd yn cael ei anfon nes i chi allforio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only you can see this answer. It is not in anything you export.</source>
        <translation type="unfinished">Dim ond chi sy&apos;n gallu gweld yr ateb hwn. Nid yw mewn unrhyw beth rydych chi&apos;n ei allforio.</translation>
    </message>
</context>
<context>
    <name>SharesModel</name>
    <message>
        <location filename="../../carerpassport/ui/models/shares_model.py" line="+21"/>
        <source>When</source>
        <extracomment>Translated when the model is made.</extracomment>
        <translation type="unfinished">Pryd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given to</source>
        <translation type="unfinished">Wedi&apos;i roi i</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why</source>
        <translation type="unfinished">Pam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format</source>
        <translation type="unfinished">Fformat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation type="unfinished">Fersiwn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What they hold</source>
        <translation type="unfinished">Beth sydd ganddyn nhw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent</source>
        <translation type="unfinished">Caniatâd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation type="unfinished">Ffeil</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Signed PDF</source>
        <extracomment>The share&apos;s id (an int) for a row. True when consent was withdrawn for a row. What kind of copy was given, in words (translated when shown, by :func:`format_in_words`).</extracomment>
        <translation type="unfinished">PDF wedi&apos;i lofnodi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypted file</source>
        <translation type="unfinished">Ffeil wedi&apos;i hamgryptio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave notice (PDF)</source>
        <translation type="unfinished">Hysbysiad absenoldeb (PDF)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave notice (text)</source>
        <translation type="unfinished">Hysbysiad absenoldeb (testun)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flexible-working request (signed PDF)</source>
        <translation type="unfinished">Cais gweithio hyblyg (PDF wedi&apos;i lofnodi)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flexible-working request (text)</source>
        <translation type="unfinished">Cais gweithio hyblyg (testun)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(not recorded)</source>
        <translation type="unfinished">(heb ei gofnodi)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../carerpassport/ui/views/shares_view.py" line="+245"/>
        <source>Withdrawn {when}</source>
        <extracomment>{when}: when consent was withdrawn, as &quot;Today, 21:04&quot;.</extracomment>
        <translation type="unfinished">Wedi&apos;i dynnu&apos;n ôl {when}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Given</source>
        <extracomment>Consent to keep the copy: given (not withdrawn).</extracomment>
        <translation type="unfinished">Wedi&apos;i roi</translation>
    </message>
</context>
<context>
    <name>SharesView</name>
    <message>
        <location filename="../../carerpassport/ui/views/shares_view.py" line="-90"/>
        <source>Sharing</source>
        <translation type="unfinished">Rhannu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every copy of your passport you gave someone, and the letters you gave your employer. Nothing is passed on without your consent; if you withdraw it, the app records it and gives you a note asking them to delete their copy.</source>
        <translation type="unfinished">Pob copi o&apos;ch pasbort a roesoch i rywun, a&apos;r llythyrau a roesoch i&apos;ch cyflogwr. Does dim byd yn cael ei drosglwyddo heb eich caniatâd; os byddwch chi&apos;n ei dynnu&apos;n ôl, mae&apos;r ap yn cofnodi hynny ac yn rhoi nodyn i chi yn gofyn iddyn nhw ddileu eu copi.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copies you shared</source>
        <translation type="unfinished">Copïau a rannoch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oldest first. Use the arrow keys to choose one.</source>
        <translation type="unfinished">Yr hynaf yn gyntaf. Defnyddiwch y bysellau saeth i ddewis un.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>You have not shared your passport with anyone yet.</source>
        <translation type="unfinished">Dydych chi ddim wedi rhannu eich pasbort gydag unrhyw un eto.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Why consent cannot be withdrawn</source>
        <translation type="unfinished">Pam na ellir tynnu caniatâd yn ôl</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Withdraw consent…</source>
        <translation type="unfinished">&amp;Tynnu caniatâd yn ôl…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+204"/>
        <source>Withdraw consent</source>
        <translation type="unfinished">Tynnu caniatâd yn ôl</translation>
    </message>
    <message>
        <location line="-203"/>
        <source>Record that this person may no longer keep the chosen copy, and get a note asking them to delete it.</source>
        <translation type="unfinished">Cofnodi na chaiff y person hwn gadw&apos;r copi a ddewiswyd mwyach, a chael nodyn yn gofyn iddyn nhw ei ddileu.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Outside your sharing agreement</source>
        <translation type="unfinished">Y tu allan i&apos;ch cytundeb rhannu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What does this person hold?</source>
        <translation type="unfinished">Beth sydd gan y person hwn?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Person</source>
        <translation type="unfinished">Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose someone you shared with to see exactly what they hold.</source>
        <translation type="unfinished">Dewiswch rywun y rhannoch gydag ef i weld yn union beth sydd ganddo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Person:</source>
        <translation type="unfinished">&amp;Person:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What they hold</source>
        <translation type="unfinished">Beth sydd ganddyn nhw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each copy they still have your consent to keep: its version and the answers in it.</source>
        <translation type="unfinished">Pob copi y mae eich caniatâd ganddyn nhw o hyd i&apos;w gadw: ei fersiwn a&apos;r atebion ynddo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>They hold:</source>
        <translation type="unfinished">Sydd ganddyn nhw:</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>…and {count} earlier (&apos;carerpassport log&apos; lists them all).</source>
        <extracomment>{count}: how many more decisions; &apos;carerpassport log&apos; is a command: keep it as it is.</extracomment>
        <translation type="unfinished">…a {count} cynharach (mae &apos;carerpassport log&apos; yn eu rhestru i gyd).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outside your sharing agreement:</source>
        <translation type="unfinished">Y tu allan i&apos;ch cytundeb rhannu:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Agreed actions</source>
        <translation type="unfinished">Camau y cytunwyd arnynt</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>{recipient} holds nothing you shared (or you withdrew consent for all of it).</source>
        <translation type="unfinished">Does gan {recipient} ddim byd a rannoch (neu fe wnaethoch dynnu caniatâd yn ôl ar gyfer y cyfan).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Version {number}, {date}, {file}:</source>
        <extracomment>One copy someone holds: its version {number}, the day {date} it was given, its {file} name.</extracomment>
        <translation type="unfinished">Fersiwn {number}, {date}, {file}:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Withdraw consent?</source>
        <translation type="unfinished">Tynnu caniatâd yn ôl?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdraw your consent for {recipient} to keep the copy of version {number} you gave them on {date}?</source>
        <translation type="unfinished">Tynnu eich caniatâd yn ôl i {recipient} gadw&apos;r copi o fersiwn {number} a roesoch iddyn nhw ar {date}?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The withdrawal is recorded in your passport&apos;s log, and you get a short note asking them to delete their copy. The app cannot delete it for them.</source>
        <translation type="unfinished">Mae&apos;r tynnu&apos;n ôl yn cael ei gofnodi yn log eich pasbort, ac rydych chi&apos;n cael nodyn byr yn gofyn iddyn nhw ddileu eu copi. Ni all yr ap ei ddileu ar eu rhan.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Consent not withdrawn</source>
        <translation type="unfinished">Caniatâd heb ei dynnu&apos;n ôl</translation>
    </message>
</context>
<context>
    <name>SharingAgreementForm</name>
    <message>
        <location filename="../../carerpassport/ui/widgets/sharing_agreement_form.py" line="+53"/>
        <source>Include this agreement in what I share</source>
        <extracomment>Translated where shown: ``translate(&quot;SharingAgreementForm&quot;, SHARE_TEXT)``.</extracomment>
        <translation type="unfinished">Cynnwys y cytundeb hwn yn yr hyn rwy&apos;n ei rannu</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Who: for example “Payroll” or “my union representative”</source>
        <translation type="unfinished">Pwy: er enghraifft “Cyflogres” neu “fy nghynrychiolydd undeb”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Someone else: their name or a description</source>
        <translation type="unfinished">Rhywun arall: eu henw neu ddisgrifiad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A person or group you may share your passport with, for example Payroll.</source>
        <translation type="unfinished">Person neu grŵp y gallwch rannu eich pasbort ag ef, er enghraifft y Gyflogres.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>May {who} be given your passport?</source>
        <extracomment>{who}: a person or group, as “HR” or “Occupational health”.</extracomment>
        <translation type="unfinished">A gaiff {who} gael eich pasbort?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Never; only when you say so, each time; or yes, for a purpose you write down.</source>
        <translation type="unfinished">Byth; dim ond pan fyddwch chi&apos;n dweud, bob tro; neu cânt, at ddiben rydych chi&apos;n ei ysgrifennu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove</source>
        <translation type="unfinished">Tynnu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove {who} from the agreement</source>
        <translation type="unfinished">Tynnu {who} o&apos;r cytundeb</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Takes this person out of your sharing agreement.</source>
        <translation type="unfinished">Yn tynnu&apos;r person hwn allan o&apos;ch cytundeb rhannu.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What for: for example “a flexible working request”</source>
        <translation type="unfinished">At beth: er enghraifft “cais gweithio hyblyg”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What {who} may have your passport for</source>
        <translation type="unfinished">At beth y caiff {who} gael eich pasbort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Needed when the answer is “{answer}”.</source>
        <translation type="unfinished">Mae angen hwn pan mai&apos;r ateb yw “{answer}”.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>May they be given your passport?</source>
        <translation type="unfinished">A gânt gael eich pasbort?</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Add someone else</source>
        <translation type="unfinished">Ychwanegu rhywun arall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add someone else to the agreement</source>
        <translation type="unfinished">Ychwanegu rhywun arall at y cytundeb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name a person or group, then choose whether they may be given your passport.</source>
        <translation type="unfinished">Enwch berson neu grŵp, yna dewiswch a gânt gael eich pasbort.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>How long your line manager keeps their copy</source>
        <translation type="unfinished">Am ba hyd y mae eich rheolwr llinell yn cadw ei gopi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Until the next review, until you move to another manager or leave, or until you ask.</source>
        <translation type="unfinished">Tan yr adolygiad nesaf, tan i chi symud at reolwr arall neu adael, neu tan i chi ofyn.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>When ticked, the agreement is printed above the signatures in what you export, so your manager signs it too. When not ticked, only you can see it.</source>
        <translation type="unfinished">Pan fydd wedi&apos;i dicio, mae&apos;r cytundeb yn cael ei argraffu uwchben y llofnodion yn yr hyn rydych chi&apos;n ei allforio, felly mae eich rheolwr yn ei lofnodi hefyd. Pan nad yw wedi&apos;i dicio, dim ond chi sy&apos;n gallu ei weld.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Off until you switch it on: the agreement is private by default.</source>
        <translation type="unfinished">I ffwrdd nes i chi ei droi ymlaen: mae&apos;r cytundeb yn breifat yn ddiofyn.</translation>
    </message>
</context>
<context>
    <name>ShellMessages</name>
    <message>
        <location filename="../../carerpassport/ui/dialogs/shell_messages.py" line="+40"/>
        <source>{problem}

If you quit now, that change is lost. Stay to fix it (for example shorten the answer), or copy the text somewhere safe first.</source>
        <extracomment>{problem} is why the change could not be saved.</extracomment>
        <translation type="unfinished">{problem}

Os byddwch yn gadael nawr, bydd y newid hwnnw&apos;n cael ei golli. Arhoswch i&apos;w drwsio (er enghraifft byrhau&apos;r ateb), neu copïwch y testun rywle diogel yn gyntaf.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quit &amp;anyway</source>
        <translation type="unfinished">&amp;Gadael beth bynnag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{problem}

If you lock now, that change is lost. Stay to fix it (for example shorten the answer), or copy the text somewhere safe first.</source>
        <translation type="unfinished">{problem}

Os byddwch yn cloi nawr, bydd y newid hwnnw&apos;n cael ei golli. Arhoswch i&apos;w drwsio (er enghraifft byrhau&apos;r ateb), neu copïwch y testun rywle diogel yn gyntaf.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lock &amp;anyway</source>
        <translation type="unfinished">&amp;Cloi beth bynnag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A change is not saved</source>
        <translation type="unfinished">Nid yw newid wedi&apos;i gadw</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Stay and fix it</source>
        <translation type="unfinished">&amp;Aros a&apos;i drwsio</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Keys</source>
        <translation type="unfinished">Bysellau</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What they do</source>
        <translation type="unfinished">Beth maen nhw&apos;n ei wneud</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keyboard shortcuts</source>
        <extracomment>The column headings of the list of keyboard shortcuts.</extracomment>
        <translation type="unfinished">Llwybrau byr y bysellfwrdd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The keys that work everywhere in the app.</source>
        <translation type="unfinished">Y bysellau sy&apos;n gweithio ym mhobman yn yr ap.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The app&apos;s version and licence, where your passport is kept, and that the app never goes online.</source>
        <translation type="unfinished">Fersiwn a thrwydded yr ap, ble mae eich pasbort yn cael ei gadw, a&apos;r ffaith nad yw&apos;r ap byth yn mynd ar-lein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Carer&apos;s Passport</source>
        <translation type="unfinished">Pasbort Gofalwyr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version {version}</source>
        <extracomment>{version} is the app&apos;s version number, e.g. 1.2.0.</extracomment>
        <translation type="unfinished">Fersiwn {version}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It never goes online</source>
        <translation type="unfinished">Nid yw byth yn mynd ar-lein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carer&apos;s Passport never connects to the internet or to any other network: no account, no telemetry, no update checks. Nothing leaves this computer unless you export it, back it up or share it yourself. A web or email link you click in your employer&apos;s details opens in your own browser or email program.</source>
        <translation type="unfinished">Nid yw Pasbort Gofalwyr byth yn cysylltu â&apos;r rhyngrwyd nac ag unrhyw rwydwaith arall: dim cyfrif, dim telemetreg, dim gwirio am ddiweddariadau. Nid oes dim yn gadael y cyfrifiadur hwn oni bai eich bod chi&apos;n ei allforio, yn gwneud copi wrth gefn ohono neu&apos;n ei rannu eich hun. Mae dolen we neu e-bost rydych chi&apos;n ei chlicio ym manylion eich cyflogwr yn agor yn eich porwr neu&apos;ch rhaglen e-bost eich hun.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Where your passport is kept</source>
        <translation type="unfinished">Ble mae eich pasbort yn cael ei gadw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only on this computer, encrypted, in its data folder. To keep a copy somewhere safe, back up this folder or use File › Back up.</source>
        <translation type="unfinished">Ar y cyfrifiadur hwn yn unig, wedi&apos;i amgryptio, yn ei ffolder data. I gadw copi rywle diogel, gwnewch gopi wrth gefn o&apos;r ffolder hon neu defnyddiwch Ffeil › Copi wrth gefn.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Data folder</source>
        <translation type="unfinished">&amp;Ffolder data</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Settings file</source>
        <translation type="unfinished">Ffeil y &amp;gosodiadau</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The settings file holds only the app&apos;s own settings (such as the window&apos;s size, the text size and the language), nothing from your passport.</source>
        <translation type="unfinished">Dim ond gosodiadau&apos;r ap ei hun sydd yn ffeil y gosodiadau (fel maint y ffenestr, maint y testun a&apos;r iaith), dim byd o&apos;ch pasbort.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Licence</source>
        <translation type="unfinished">Trwydded</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GNU General Public License, version 3 or any later version (GPL-3.0-or-later)</source>
        <translation type="unfinished">Trwydded Gyhoeddus Gyffredinol GNU, fersiwn 3 neu unrhyw fersiwn ddiweddarach (GPL-3.0-or-later)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Carer&apos;s Passport is free software: you may use it, share it and change it under this licence. It comes with no warranty.</source>
        <translation type="unfinished">Mae Pasbort Gofalwyr yn feddalwedd rydd: cewch ei ddefnyddio, ei rannu a&apos;i newid o dan y drwydded hon. Nid yw&apos;n dod ag unrhyw warant.</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>About Carer&apos;s Passport</source>
        <translation type="unfinished">Ynghylch Pasbort Gofalwyr</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../carerpassport/ui/dialogs/review_wizard.py" line="+86"/>
        <source>What changed</source>
        <translation type="unfinished">Beth sydd wedi newid</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When you press Finish this is saved as a new version of your passport, ready to export for your manager.</source>
        <translation type="unfinished">Pan fyddwch chi&apos;n pwyso Gorffen, caiff hyn ei gadw fel fersiwn newydd o&apos;ch pasbort, yn barod i&apos;w allforio i&apos;ch rheolwr.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Summary of the review</source>
        <translation type="unfinished">Crynodeb o&apos;r adolygiad</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next &amp;review:</source>
        <translation type="unfinished">&amp;Adolygiad nesaf:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next review date</source>
        <translation type="unfinished">Dyddiad yr adolygiad nesaf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most 12 months from today; sooner if things may change.</source>
        <translation type="unfinished">12 mis o heddiw ar y mwyaf; yn gynt os gallai pethau newid.</translation>
    </message>
</context>
<context>
    <name>TemplateImportDialog</name>
    <message>
        <location filename="../../carerpassport/ui/dialogs/template_import_dialog.py" line="+54"/>
        <source>Import my employer&apos;s form</source>
        <extracomment>The new form is in use (the window rebuilds its pages). Asks which file to read; replaced in tests. Returns None when the person cancels.</extracomment>
        <translation type="unfinished">Mewnforio ffurflen fy nghyflogwr</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Check an employer&apos;s passport template file, see what it changes, and import it. Your answers are kept.</source>
        <translation type="unfinished">Gwirio ffeil templed pasbort cyflogwr, gweld beth mae&apos;n ei newid, a&apos;i mewnforio. Caiff eich atebion eu cadw.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose the form file your employer gave you (.json). You see what it changes before anything is imported, and your answers are kept.</source>
        <translation type="unfinished">Dewiswch y ffeil ffurflen a roddodd eich cyflogwr i chi (.json). Fe welwch beth mae&apos;n ei newid cyn i ddim gael ei fewnforio, a chaiff eich atebion eu cadw.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Choose a file…</source>
        <translation type="unfinished">&amp;Dewis ffeil…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a file</source>
        <translation type="unfinished">Dewis ffeil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick the employer&apos;s template file (.json).</source>
        <translation type="unfinished">Dewiswch ffeil templed y cyflogwr (.json).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template file</source>
        <translation type="unfinished">Ffeil templed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The template file being checked.</source>
        <translation type="unfinished">Y ffeil templed sy&apos;n cael ei gwirio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No file chosen</source>
        <translation type="unfinished">Dim ffeil wedi&apos;i dewis</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Result</source>
        <translation type="unfinished">Canlyniad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Whether the file can be imported, or what to fix in it.</source>
        <translation type="unfinished">A oes modd mewnforio&apos;r ffeil, neu beth i&apos;w gywiro ynddi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What changes</source>
        <translation type="unfinished">Beth sy&apos;n newid</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The employer, the version, the policies and contacts, and the questions added and removed compared with your form now.</source>
        <translation type="unfinished">Y cyflogwr, y fersiwn, y polisïau a&apos;r cysylltiadau, a&apos;r cwestiynau a ychwanegwyd ac a dynnwyd o&apos;u cymharu â&apos;ch ffurflen nawr.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Import</source>
        <translation type="unfinished">&amp;Mewnforio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import</source>
        <translation type="unfinished">Mewnforio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Use this form for your passport; your answers are kept.</source>
        <translation type="unfinished">Defnyddio&apos;r ffurflen hon ar gyfer eich pasbort; caiff eich atebion eu cadw.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Close this window without importing.</source>
        <translation type="unfinished">Cau&apos;r ffenestr hon heb fewnforio.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Choose your employer&apos;s template</source>
        <translation type="unfinished">Dewiswch dempled eich cyflogwr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Templates (*.json);;All files (*)</source>
        <translation type="unfinished">Templedi (*.json);;Pob ffeil (*)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Checking…</source>
        <translation type="unfinished">Wrthi&apos;n gwirio…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{form} is already your form. Nothing to import.</source>
        <extracomment>{form} is the employer&apos;s form&apos;s name and version.</extracomment>
        <translation type="unfinished">{form} yw eich ffurflen eisoes. Dim i&apos;w fewnforio.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{form} can be imported. Read what changes below, then press Import.</source>
        <translation type="unfinished">Mae modd mewnforio {form}. Darllenwch beth sy&apos;n newid isod, yna pwyswch Mewnforio.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Importing…</source>
        <translation type="unfinished">Wrthi&apos;n mewnforio…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Imported. Your passport now follows {form}; every answer was kept.</source>
        <translation type="unfinished">Wedi&apos;i fewnforio. Mae eich pasbort bellach yn dilyn {form}; cadwyd pob ateb.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nothing was imported.</source>
        <translation type="unfinished">Ni fewnforiwyd dim.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This file cannot be imported; nothing was changed. {reason}</source>
        <translation type="unfinished">Nid oes modd mewnforio&apos;r ffeil hon; ni newidiwyd dim. {reason}</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../carerpassport/ui/dialogs/unlock.py" line="+75"/>
        <source>Unlock — Carer&apos;s Passport</source>
        <translation type="unfinished">Datgloi — Pasbort Gofalwyr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock your Carer&apos;s Passport</source>
        <translation type="unfinished">Datgloi eich Pasbort Gofalwyr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type your passphrase or your recovery code to open your passport.</source>
        <translation type="unfinished">Teipiwch eich cyfrinymadrodd neu&apos;ch cod adfer i agor eich pasbort.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Opening your passport…</source>
        <translation type="unfinished">Wrthi&apos;n agor eich pasbort…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your passport is locked</source>
        <translation type="unfinished">Mae eich pasbort wedi&apos;i gloi</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Type your &amp;passphrase, or your recovery code (six groups like ABCDE-FGHIJ-…):</source>
        <translation type="unfinished">Teipiwch eich &amp;cyfrinymadrodd, neu&apos;ch cod adfer (chwe grŵp fel ABCDE-FGHIJ-…):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Passphrase or recovery code</source>
        <translation type="unfinished">Cyfrinymadrodd neu god adfer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your passphrase, or the recovery code you kept when you set up the passport. Press Enter to unlock.</source>
        <translation type="unfinished">Eich cyfrinymadrodd, neu&apos;r cod adfer a gadwoch pan wnaethoch sefydlu&apos;r pasbort. Pwyswch Enter i ddatgloi.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Show what I type</source>
        <translation type="unfinished">&amp;Dangos yr hyn rwy&apos;n ei deipio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show what I type</source>
        <translation type="unfinished">Dangos yr hyn rwy&apos;n ei deipio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shows the passphrase or code as plain text.</source>
        <translation type="unfinished">Yn dangos y cyfrinymadrodd neu&apos;r cod fel testun plaen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Why it did not open</source>
        <translation type="unfinished">Pam nad agorodd</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unlocking</source>
        <translation type="unfinished">Wrthi&apos;n datgloi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Busy: checking the passphrase or code.</source>
        <translation type="unfinished">Yn brysur: yn gwirio&apos;r cyfrinymadrodd neu&apos;r cod.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Quit</source>
        <translation type="unfinished">&amp;Gadael</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation type="unfinished">Gadael</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close Carer&apos;s Passport without unlocking.</source>
        <translation type="unfinished">Cau Pasbort Gofalwyr heb ddatgloi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Unlock</source>
        <translation type="unfinished">Datg&amp;loi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock</source>
        <translation type="unfinished">Datgloi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open your passport with what you typed.</source>
        <translation type="unfinished">Agor eich pasbort gyda&apos;r hyn a deipiwyd gennych.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Type your passphrase or recovery code first.</source>
        <translation type="unfinished">Teipiwch eich cyfrinymadrodd neu&apos;ch cod adfer yn gyntaf.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Checking…</source>
        <translation type="unfinished">Wrthi&apos;n gwirio…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The passport could not be opened.</source>
        <translation type="unfinished">Nid oedd modd agor y pasbort.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>That recovery code does not open your passport. Check it is the code shown when your passport was created (a new code replaces the old one).</source>
        <translation type="unfinished">Nid yw&apos;r cod adfer hwnnw&apos;n agor eich pasbort. Gwiriwch mai hwn yw&apos;r cod a ddangoswyd pan grëwyd eich pasbort (mae cod newydd yn cymryd lle&apos;r hen un).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your passport has no passphrase set. Unlock it with your recovery code.</source>
        <translation type="unfinished">Does dim cyfrinymadrodd wedi&apos;i osod ar eich pasbort. Datglowch ef gyda&apos;ch cod adfer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That passphrase does not open your passport. Check Caps Lock and try again, or use your recovery code.</source>
        <translation type="unfinished">Nid yw&apos;r cyfrinymadrodd hwnnw&apos;n agor eich pasbort. Gwiriwch Caps Lock a rhowch gynnig arall arni, neu defnyddiwch eich cod adfer.</translation>
    </message>
</context>
<context>
    <name>UnlockFlow</name>
    <message>
        <location filename="../../carerpassport/ui/unlock_flow.py" line="+177"/>
        <source>Your passport was restored from the backup ({count} saved versions). Unlock it with your passphrase or recovery code.</source>
        <extracomment>{count} is the number of saved versions of the passport in the backup.</extracomment>
        <translation type="unfinished">Adferwyd eich pasbort o&apos;r copi wrth gefn ({count} fersiwn wedi&apos;u cadw). Datglowch ef gyda&apos;ch cyfrinymadrodd neu eich cod adfer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your passport was restored from the backup. Unlock it with your passphrase or recovery code.</source>
        <translation type="unfinished">Adferwyd eich pasbort o&apos;r copi wrth gefn. Datglowch ef gyda&apos;ch cyfrinymadrodd neu eich cod adfer.</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../../carerpassport/ui/dialogs/verify_dialog.py" line="+44"/>
        <source>This file failed the check. {reason}</source>
        <extracomment>{reason} is a sentence saying what is wrong with the file.</extracomment>
        <translation type="unfinished">Methodd y ffeil hon y gwiriad. {reason}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>someone</source>
        <translation type="unfinished">rhywun</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed by {who} with your own key and unchanged since.</source>
        <translation type="unfinished">Wedi&apos;i lofnodi gan {who} â&apos;ch allwedd eich hun a heb newid ers hynny.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed by {who} and unchanged since.</source>
        <translation type="unfinished">Wedi&apos;i lofnodi gan {who} a heb newid ers hynny.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Countersigned by {manager}.</source>
        <translation type="unfinished">Wedi&apos;i gydlofnodi gan {manager}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the line manager</source>
        <translation type="unfinished">y rheolwr llinell</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+19"/>
        <source>Unknown</source>
        <translation type="unfinished">Anhysbys</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>{day}, {time}</source>
        <extracomment>{day} is a date (&quot;1 December 2026&quot;), {time} a time of day and time zone (&quot;14:05 UTC&quot;).</extracomment>
        <translation type="unfinished">{day}, {time}</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+10"/>
        <source>No</source>
        <translation type="unfinished">Na</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Yes, by {manager}</source>
        <translation type="unfinished">Ydy, gan {manager}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown</source>
        <translation type="unfinished">anhysbys</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Yes</source>
        <translation type="unfinished">Ie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(not given)</source>
        <translation type="unfinished">(heb ei roi)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed by</source>
        <translation type="unfinished">Wedi&apos;i lofnodi gan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no name in the certificate)</source>
        <translation type="unfinished">(dim enw yn y dystysgrif)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fingerprint</source>
        <translation type="unfinished">Ôl bys</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed with this vault&apos;s key</source>
        <translation type="unfinished">Wedi&apos;i lofnodi ag allwedd y gladdgell hon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No: another person&apos;s or another vault&apos;s key</source>
        <translation type="unfinished">Na: allwedd person arall neu claddgell arall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not checked</source>
        <translation type="unfinished">Heb ei wirio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed at</source>
        <translation type="unfinished">Amser llofnodi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unchanged since signing</source>
        <translation type="unfinished">Heb newid ers ei lofnodi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certification</source>
        <translation type="unfinished">Ardystiad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passport</source>
        <translation type="unfinished">Pasbort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revision</source>
        <translation type="unfinished">Fersiwn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content hash</source>
        <translation type="unfinished">Stwnsh y cynnwys</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employee</source>
        <translation type="unfinished">Cyflogai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line manager</source>
        <translation type="unfinished">Rheolwr llinell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shared</source>
        <translation type="unfinished">Wedi&apos;i rannu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Countersigned</source>
        <translation type="unfinished">Wedi&apos;i gydlofnodi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Manager&apos;s fingerprint</source>
        <translation type="unfinished">Ôl bys y rheolwr</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Problems</source>
        <translation type="unfinished">Problemau</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notes</source>
        <translation type="unfinished">Nodiadau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare the fingerprint with the person who signed, in person or by phone, before you rely on who signed it.</source>
        <translation type="unfinished">Cymharwch yr ôl bys â&apos;r person a lofnododd, wyneb yn wyneb neu dros y ffôn, cyn i chi ddibynnu ar bwy a&apos;i llofnododd.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Check a passport file</source>
        <extracomment>Asks which file to check; replaced in tests. Returns None when the person cancels.</extracomment>
        <translation type="unfinished">Gwirio ffeil pasbort</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shows who signed a passport PDF, whether it was changed after signing, and whether it was countersigned. Nothing is saved.</source>
        <translation type="unfinished">Yn dangos pwy a lofnododd PDF pasbort, a gafodd ei newid ar ôl ei lofnodi, ac a gafodd ei gydlofnodi. Ni chaiff dim ei gadw.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a passport PDF to check. Nothing is saved or imported.</source>
        <translation type="unfinished">Dewiswch PDF pasbort i&apos;w wirio. Ni chaiff dim ei gadw na&apos;i fewnforio.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;hoose a file…</source>
        <translation type="unfinished">&amp;Dewis ffeil…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a file</source>
        <translation type="unfinished">Dewis ffeil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick the passport PDF to check.</source>
        <translation type="unfinished">Dewiswch y PDF pasbort i&apos;w wirio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File to check</source>
        <translation type="unfinished">Ffeil i&apos;w gwirio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The passport PDF being checked.</source>
        <translation type="unfinished">Y PDF pasbort sy&apos;n cael ei wirio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No file chosen</source>
        <translation type="unfinished">Dim ffeil wedi&apos;i dewis</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Verdict</source>
        <translation type="unfinished">Dyfarniad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whether the file can be relied on, in one sentence.</source>
        <translation type="unfinished">A oes modd dibynnu ar y ffeil, mewn un frawddeg.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Details</source>
        <translation type="unfinished">Manylion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who signed, the fingerprint, the passport and revision, the countersignature and any problems found.</source>
        <translation type="unfinished">Pwy a lofnododd, yr ôl bys, y pasbort a&apos;r fersiwn, y cydlofnod ac unrhyw broblemau a ganfuwyd.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close this window.</source>
        <translation type="unfinished">Cau&apos;r ffenestr hon.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Close</source>
        <translation type="unfinished">Ca&amp;u</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation type="unfinished">Cau</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose a passport PDF</source>
        <translation type="unfinished">Dewis PDF pasbort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf);;All files (*)</source>
        <translation type="unfinished">Ffeiliau PDF (*.pdf);;Pob ffeil (*)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Checking…</source>
        <translation type="unfinished">Wrthi&apos;n gwirio…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The file was not checked.</source>
        <translation type="unfinished">Ni chafodd y ffeil ei gwirio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file could not be read: {reason}.</source>
        <translation type="unfinished">Nid oedd modd darllen y ffeil: {reason}.</translation>
    </message>
</context>
<context>
    <name>WherePage</name>
    <message>
        <location filename="../../carerpassport/ui/dialogs/flexible_request_wizard.py" line="-342"/>
        <source>A statutory flexible-working request</source>
        <translation type="unfinished">Cais gweithio hyblyg statudol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In England, Wales and Scotland you can ask to change your hours, times or place of work from your first day: two requests in any 12 months, one at a time.</source>
        <translation type="unfinished">Yng Nghymru, Lloegr a&apos;r Alban gallwch ofyn am newid eich oriau, eich amseroedd neu eich man gwaith o&apos;ch diwrnod cyntaf: dau gais mewn unrhyw 12 mis, un ar y tro.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Where you work</source>
        <translation type="unfinished">Ble rydych yn gweithio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The rules are different in Northern Ireland.</source>
        <translation type="unfinished">Mae&apos;r rheolau&apos;n wahanol yng Ngogledd Iwerddon.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Where you work:</source>
        <translation type="unfinished">&amp;Ble rydych yn gweithio:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Whether you can make a request now</source>
        <translation type="unfinished">A allwch wneud cais nawr</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>You can make a request now. Next, choose what from your passport to include.</source>
        <translation type="unfinished">Gallwch wneud cais nawr. Nesaf, dewiswch beth o&apos;ch pasbort i&apos;w gynnwys.</translation>
    </message>
</context>
<context>
    <name>WithdrawalNoteDialog</name>
    <message>
        <location filename="../../carerpassport/ui/views/shares_view.py" line="-328"/>
        <source>Ask them to delete their copy</source>
        <extracomment>How many decisions about shares outside the sharing agreement the page lists (newest first). How the sharing record names &quot;the agreed actions&quot; among shared question ids.</extracomment>
        <translation type="unfinished">Gofynnwch iddyn nhw ddileu eu copi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note asking the recipient to delete their copy</source>
        <translation type="unfinished">Nodyn yn gofyn i&apos;r derbynnydd ddileu ei gopi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Consent withdrawn. Send this note to {recipient}. The app cannot delete a copy someone else holds: the note asks them to.</source>
        <extracomment>{recipient}: the person or group the copy was given to.</extracomment>
        <translation type="unfinished">Caniatâd wedi&apos;i dynnu&apos;n ôl. Anfonwch y nodyn hwn at {recipient}. Ni all yr ap ddileu copi sydd gan rywun arall: mae&apos;r nodyn yn gofyn iddyn nhw wneud hynny.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Note text</source>
        <translation type="unfinished">Testun y nodyn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You can change the wording before you send it.</source>
        <translation type="unfinished">Gallwch newid y geiriad cyn i chi ei anfon.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close</source>
        <translation type="unfinished">Cau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Copy</source>
        <translation type="unfinished">&amp;Copïo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the note</source>
        <translation type="unfinished">Copïo&apos;r nodyn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the note so you can paste it into an email or letter.</source>
        <translation type="unfinished">Copïo&apos;r nodyn er mwyn i chi allu ei ludo mewn e-bost neu lythyr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save as…</source>
        <translation type="unfinished">Cadw &amp;fel…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+28"/>
        <source>Save the note</source>
        <extracomment>A file&apos;s suggested name: letters, digits and hyphens only.</extracomment>
        <translation type="unfinished">Cadw&apos;r nodyn</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Save the note as a text file.</source>
        <translation type="unfinished">Cadw&apos;r nodyn fel ffeil testun.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Note status</source>
        <translation type="unfinished">Statws y nodyn</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copied.</source>
        <translation type="unfinished">Wedi&apos;i gopïo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not save the note: {reason}.</source>
        <extracomment>{reason}: the system&apos;s words for what went wrong.</extracomment>
        <translation type="unfinished">Methu cadw&apos;r nodyn: {reason}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved to {path}.</source>
        <translation type="unfinished">Wedi&apos;i gadw yn {path}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>please-delete-my-passport.txt</source>
        <translation type="unfinished">dilewch-fy-mhasbort.txt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text files (*.txt)</source>
        <translation type="unfinished">Ffeiliau testun (*.txt)</translation>
    </message>
</context>
<context>
    <name>WordsPage</name>
    <message>
        <location filename="../../carerpassport/ui/dialogs/flexible_request_wizard.py" line="+164"/>
        <source>Your words</source>
        <translation type="unfinished">Eich geiriau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit each part for your employer. Your passport itself does not change.</source>
        <translation type="unfinished">Golygwch bob rhan ar gyfer eich cyflogwr. Nid yw eich pasbort ei hun yn newid.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Parts of your request</source>
        <translation type="unfinished">Rhannau o&apos;ch cais</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You chose nothing from your passport; the letter has the change and its date.</source>
        <translation type="unfinished">Ni ddewisoch ddim o&apos;ch pasbort; mae&apos;r newid a&apos;i ddyddiad yn y llythyr.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Your words for this part of the request.</source>
        <translation type="unfinished">Eich geiriau ar gyfer y rhan hon o&apos;r cais.</translation>
    </message>
</context>
<context>
    <name>WorkingDialog</name>
    <message>
        <location filename="../../carerpassport/ui/dialogs/working_dialog.py" line="+23"/>
        <source>Working</source>
        <translation type="unfinished">Wrthi&apos;n gweithio</translation>
    </message>
</context>
<context>
    <name>_Page</name>
    <message>
        <location filename="../../carerpassport/ui/dialogs/flexible_request_wizard.py" line="-261"/>
        <source>Scroll to see the whole page.</source>
        <translation type="unfinished">Sgroliwch i weld y dudalen gyfan.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not legal advice</source>
        <translation type="unfinished">Nid cyngor cyfreithiol</translation>
    </message>
</context>
<context>
    <name>failures</name>
    <message>
        <location filename="../../carerpassport/ui/failures.py" line="+29"/>
        <source>{fallback} {internal}</source>
        <extracomment>{fallback} says what did not happen; {internal} says it is a bug of ours and what to do.</extracomment>
        <translation type="unfinished">{fallback} {internal}</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AgentCommands</name>
    <message>
        <location filename="../ui/agent_commands.py" line="67"/>
        <source>The queued call was cancelled.</source>
        <translation>Запланированный звонок отменён.</translation>
    </message>
</context>
<context>
    <name>AgentState</name>
    <message>
        <location filename="../ui/state_style.py" line="34"/>
        <source>Offline</source>
        <translation>Не в сети</translation>
    </message>
    <message>
        <location filename="../ui/state_style.py" line="35"/>
        <source>Logged in</source>
        <translation>В системе</translation>
    </message>
    <message>
        <location filename="../ui/state_style.py" line="36"/>
        <source>Ready</source>
        <translation>Готов</translation>
    </message>
    <message>
        <location filename="../ui/state_style.py" line="37"/>
        <source>Paused</source>
        <translation>Пауза</translation>
    </message>
    <message>
        <location filename="../ui/state_style.py" line="38"/>
        <source>Ringing</source>
        <translation>Вызов</translation>
    </message>
    <message>
        <location filename="../ui/state_style.py" line="39"/>
        <source>On a call</source>
        <translation>Разговор</translation>
    </message>
    <message>
        <location filename="../ui/state_style.py" line="40"/>
        <source>On hold</source>
        <translation>Удержание</translation>
    </message>
    <message>
        <location filename="../ui/state_style.py" line="41"/>
        <source>Wrap-up</source>
        <translation>Постобработка</translation>
    </message>
</context>
<context>
    <name>AppOptions</name>
    <message>
        <location filename="../store/settings.py" line="167"/>
        <source>Follow the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <location filename="../store/settings.py" line="184"/>
        <source>&amp;Desktop notifications</source>
        <translation>&amp;Уведомления на рабочем столе</translation>
    </message>
    <message>
        <location filename="../store/settings.py" line="185"/>
        <source>Show a desktop notification when a call rings.</source>
        <translation>Показывать уведомление на рабочем столе при входящем звонке.</translation>
    </message>
    <message>
        <location filename="../store/settings.py" line="191"/>
        <source>Pop up the &amp;caller card</source>
        <translation>Показывать &amp;карточку звонящего</translation>
    </message>
    <message>
        <location filename="../store/settings.py" line="192"/>
        <source>Bring up what is known of the caller when a call rings.</source>
        <translation>При входящем звонке показывать всё, что известно о звонящем.</translation>
    </message>
    <message>
        <location filename="../store/settings.py" line="198"/>
        <source>&amp;Watch the clipboard for numbers</source>
        <translation>Искать номера в &amp;буфере обмена</translation>
    </message>
    <message>
        <location filename="../store/settings.py" line="199"/>
        <source>Offer to call a phone number as soon as you copy one.</source>
        <translation>Предлагать позвонить на телефонный номер сразу после его копирования.</translation>
    </message>
    <message>
        <location filename="../store/settings.py" line="205"/>
        <source>Con&amp;firm before calling the selection</source>
        <translation>&amp;Подтверждать звонок по выделению</translation>
    </message>
    <message>
        <location filename="../store/settings.py" line="206"/>
        <source>Ask &quot;Call …?&quot; before the dial-the-selection shortcut calls a number.</source>
        <translation>Спрашивать «Позвонить …?», прежде чем сочетание клавиш наберёт номер из выделения.</translation>
    </message>
    <message>
        <location filename="../store/settings.py" line="213"/>
        <source>Default &amp;region</source>
        <translation>&amp;Регион по умолчанию</translation>
    </message>
    <message>
        <location filename="../store/settings.py" line="214"/>
        <source>The country of numbers written without a country code (e.g. CZ).</source>
        <translation>Страна для номеров, записанных без кода страны (например, CZ).</translation>
    </message>
    <message>
        <location filename="../store/settings.py" line="223"/>
        <source>Caller card scree&amp;n</source>
        <translation>Э&amp;кран карточки звонящего</translation>
    </message>
    <message>
        <location filename="../store/settings.py" line="224"/>
        <source>The screen the caller card pops up on, by name; empty for the one under the mouse.</source>
        <translation>Экран (по имени), на котором появляется карточка звонящего; пусто — экран под мышью.</translation>
    </message>
    <message>
        <location filename="../store/settings.py" line="232"/>
        <source>Start &amp;minimised</source>
        <translation>Запускать &amp;свёрнутым</translation>
    </message>
    <message>
        <location filename="../store/settings.py" line="233"/>
        <source>Start in the tray (or minimised) instead of showing the window.</source>
        <translation>Запускать в области уведомлений (или свёрнутым), не показывая окно.</translation>
    </message>
    <message>
        <location filename="../store/settings.py" line="239"/>
        <source>L&amp;og in to the call centre at start</source>
        <translation>Входить в колл-центр при з&amp;апуске</translation>
    </message>
    <message>
        <location filename="../store/settings.py" line="240"/>
        <source>When AgentDesk starts and you are not logged in to the call centre, log in (where the call centre offers it).</source>
        <translation>Если при запуске AgentDesk вы не вошли в колл-центр, войти (там, где колл-центр это позволяет).</translation>
    </message>
    <message>
        <location filename="../store/settings.py" line="248"/>
        <source>Start at log&amp;in</source>
        <translation>Запускать при &amp;входе в систему</translation>
    </message>
    <message>
        <location filename="../store/settings.py" line="249"/>
        <source>Start AgentDesk when you log in to your desktop.</source>
        <translation>Запускать AgentDesk при входе в систему.</translation>
    </message>
    <message>
        <location filename="../store/settings.py" line="255"/>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location filename="../store/settings.py" line="256"/>
        <source>The language of AgentDesk; takes effect at the next start.</source>
        <translation>Язык AgentDesk; вступает в силу при следующем запуске.</translation>
    </message>
    <message>
        <location filename="../store/settings.py" line="263"/>
        <source>Keep r&amp;ecordings (days)</source>
        <translation>Хранить &amp;записи (дней)</translation>
    </message>
    <message>
        <location filename="../store/settings.py" line="264"/>
        <source>How long downloaded call recordings stay on this computer.</source>
        <translation>Сколько дней скачанные записи звонков хранятся на этом компьютере.</translation>
    </message>
    <message>
        <location filename="../store/settings.py" line="272"/>
        <source>Call &amp;history (days)</source>
        <translation>&amp;История звонков (дней)</translation>
    </message>
    <message>
        <location filename="../store/settings.py" line="273"/>
        <source>How many days of calls the history shows.</source>
        <translation>За сколько дней показывать звонки в истории.</translation>
    </message>
    <message>
        <location filename="../store/settings.py" line="279"/>
        <source>SMS &amp;templates</source>
        <translation>&amp;Шаблоны SMS</translation>
    </message>
    <message>
        <location filename="../store/settings.py" line="280"/>
        <source>Texts to start a message from, separated by |; {name} becomes the caller&apos;s name and {agent} yours.</source>
        <translation>Тексты, с которых начинается сообщение, через |; {name} заменяется именем звонящего, {agent} — вашим.</translation>
    </message>
    <message>
        <location filename="../store/settings.py" line="290"/>
        <source>&amp;Queue figures refresh (seconds)</source>
        <translation>Обновление &amp;данных очередей (секунд)</translation>
    </message>
    <message>
        <location filename="../store/settings.py" line="291"/>
        <source>How often the waiting calls and free agents are fetched while nothing happens; your calls and state changes fetch them at once.</source>
        <translation>Как часто загружать данные об ожидающих звонках и свободных операторах, пока ничего не происходит; ваши звонки и смена статуса загружают их сразу.</translation>
    </message>
    <message>
        <location filename="../store/settings.py" line="301"/>
        <source>Global shortcut: answer</source>
        <translation>Глобальная клавиша: ответить</translation>
    </message>
    <message>
        <location filename="../store/settings.py" line="302"/>
        <source>Answers the ringing call from any application; empty for none.</source>
        <translation>Отвечает на входящий звонок из любого приложения; пусто — без клавиши.</translation>
    </message>
    <message>
        <location filename="../store/settings.py" line="308"/>
        <source>Global shortcut: hang up</source>
        <translation>Глобальная клавиша: положить трубку</translation>
    </message>
    <message>
        <location filename="../store/settings.py" line="309"/>
        <source>Hangs up the call from any application; empty for none.</source>
        <translation>Завершает звонок из любого приложения; пусто — без клавиши.</translation>
    </message>
    <message>
        <location filename="../store/settings.py" line="313"/>
        <source>Global shortcut: Ready or pause</source>
        <translation>Глобальная клавиша: Готов или пауза</translation>
    </message>
    <message>
        <location filename="../store/settings.py" line="314"/>
        <source>Switches between Ready and your last pause from any application; empty for none.</source>
        <translation>Переключает между «Готов» и вашей последней паузой из любого приложения; пусто — без клавиши.</translation>
    </message>
    <message>
        <location filename="../store/settings.py" line="321"/>
        <source>Global shortcut: call the selection</source>
        <translation>Глобальная клавиша: позвонить по выделению</translation>
    </message>
    <message>
        <location filename="../store/settings.py" line="322"/>
        <source>Calls the phone number in the text selected in any application; empty for none.</source>
        <translation>Звонит по номеру из текста, выделенного в любом приложении; пусто — без клавиши.</translation>
    </message>
    <message>
        <location filename="../store/settings.py" line="329"/>
        <source>Global shortcut: show or hide</source>
        <translation>Глобальная клавиша: показать или скрыть</translation>
    </message>
    <message>
        <location filename="../store/settings.py" line="330"/>
        <source>Shows or hides the AgentDesk window; empty for none.</source>
        <translation>Показывает или скрывает окно AgentDesk; пусто — без клавиши.</translation>
    </message>
</context>
<context>
    <name>CallAnnouncements</name>
    <message>
        <location filename="../ui/call_announcements.py" line="83"/>
        <source>Incoming call from %1, queue %2</source>
        <translation>Входящий звонок: %1, очередь %2</translation>
    </message>
    <message>
        <location filename="../ui/call_announcements.py" line="85"/>
        <source>Incoming call from %1</source>
        <translation>Входящий звонок: %1</translation>
    </message>
    <message>
        <location filename="../ui/call_announcements.py" line="96"/>
        <source>The call from %1 stopped ringing.</source>
        <translation>Вызов (%1) прекращён.</translation>
    </message>
    <message>
        <location filename="../ui/call_announcements.py" line="98"/>
        <source>The call with %1 has ended.</source>
        <translation>Разговор (%1) завершён.</translation>
    </message>
    <message>
        <location filename="../ui/call_announcements.py" line="104"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../ui/call_announcements.py" line="105"/>
        <source>an unknown number</source>
        <translation>неизвестный номер</translation>
    </message>
    <message>
        <location filename="../ui/call_announcements.py" line="113"/>
        <source>Connected to %1 again.</source>
        <translation>Снова подключено к %1.</translation>
    </message>
    <message>
        <location filename="../ui/call_announcements.py" line="118"/>
        <source>The connection to %1 is lost; reconnecting.</source>
        <translation>Соединение с %1 потеряно; переподключение.</translation>
    </message>
    <message>
        <location filename="../ui/call_announcements.py" line="120"/>
        <source>The connection to %1 is lost.</source>
        <translation>Соединение с %1 потеряно.</translation>
    </message>
    <message>
        <location filename="../ui/call_announcements.py" line="140"/>
        <source>You were put on pause.</source>
        <translation>Вас перевели на паузу.</translation>
    </message>
    <message>
        <location filename="../ui/call_announcements.py" line="141"/>
        <source>You were put on pause: %1.</source>
        <translation>Вас перевели на паузу: %1.</translation>
    </message>
    <message>
        <location filename="../ui/call_announcements.py" line="143"/>
        <source>You are ready for calls.</source>
        <translation>Вы готовы принимать звонки.</translation>
    </message>
    <message>
        <location filename="../ui/call_announcements.py" line="145"/>
        <source>You were signed out of %1.</source>
        <translation>Вас отключили от %1.</translation>
    </message>
</context>
<context>
    <name>CallNotifications</name>
    <message>
        <location filename="../ui/call_notifications.py" line="72"/>
        <location filename="../ui/call_notifications.py" line="103"/>
        <source>Incoming call</source>
        <translation>Входящий звонок</translation>
    </message>
    <message>
        <location filename="../ui/call_notifications.py" line="72"/>
        <source>Incoming call: %1</source>
        <translation>Входящий звонок: %1</translation>
    </message>
    <message>
        <location filename="../ui/call_notifications.py" line="94"/>
        <location filename="../ui/call_notifications.py" line="119"/>
        <source>Unknown number</source>
        <translation>Неизвестный номер</translation>
    </message>
    <message>
        <location filename="../ui/call_notifications.py" line="96"/>
        <source>Queue: %1</source>
        <translation>Очередь: %1</translation>
    </message>
    <message>
        <location filename="../ui/call_notifications.py" line="97"/>
        <location filename="../ui/call_notifications.py" line="114"/>
        <source>Show AgentDesk</source>
        <translation>Показать AgentDesk</translation>
    </message>
    <message>
        <location filename="../ui/call_notifications.py" line="99"/>
        <source>Answer</source>
        <translation>Ответить</translation>
    </message>
    <message>
        <location filename="../ui/call_notifications.py" line="101"/>
        <location filename="../ui/call_notifications.py" line="116"/>
        <source>Hang up</source>
        <translation>Завершить</translation>
    </message>
    <message>
        <location filename="../ui/call_notifications.py" line="118"/>
        <source>On a call</source>
        <translation>Разговор</translation>
    </message>
</context>
<context>
    <name>CallerCard</name>
    <message>
        <location filename="../ui/caller_card.py" line="76"/>
        <location filename="../ui/caller_card.py" line="187"/>
        <source>No call</source>
        <translation>Нет звонка</translation>
    </message>
    <message>
        <location filename="../ui/caller_card.py" line="97"/>
        <source>&amp;Answer</source>
        <translation>&amp;Ответить</translation>
    </message>
    <message>
        <location filename="../ui/caller_card.py" line="100"/>
        <source>&amp;Hang up</source>
        <translation>Завер&amp;шить</translation>
    </message>
    <message>
        <location filename="../ui/caller_card.py" line="103"/>
        <source>&amp;Transfer…</source>
        <translation>&amp;Перевести…</translation>
    </message>
    <message>
        <location filename="../ui/caller_card.py" line="105"/>
        <source>Transfer the call</source>
        <translation>Перевести звонок</translation>
    </message>
    <message>
        <location filename="../ui/caller_card.py" line="107"/>
        <location filename="../ui/caller_card.py" line="317"/>
        <source>Cop&amp;y number</source>
        <translation>&amp;Копировать номер</translation>
    </message>
    <message>
        <location filename="../ui/caller_card.py" line="109"/>
        <source>Copy the number to the clipboard</source>
        <translation>Скопировать номер в буфер обмена</translation>
    </message>
    <message>
        <location filename="../ui/caller_card.py" line="209"/>
        <source>Copied</source>
        <translation>Скопировано</translation>
    </message>
    <message>
        <location filename="../ui/caller_card.py" line="233"/>
        <source>INCOMING CALL</source>
        <translation>ВХОДЯЩИЙ ЗВОНОК</translation>
    </message>
    <message>
        <location filename="../ui/caller_card.py" line="235"/>
        <source>OUTGOING CALL</source>
        <translation>ИСХОДЯЩИЙ ЗВОНОК</translation>
    </message>
    <message>
        <location filename="../ui/caller_card.py" line="244"/>
        <source>Unknown number</source>
        <translation>Неизвестный номер</translation>
    </message>
    <message>
        <location filename="../ui/caller_card.py" line="249"/>
        <source>Queue: %1</source>
        <translation>Очередь: %1</translation>
    </message>
    <message>
        <location filename="../ui/caller_card.py" line="258"/>
        <source>Incoming call</source>
        <translation>Входящий звонок</translation>
    </message>
    <message>
        <location filename="../ui/caller_card.py" line="258"/>
        <source>Outgoing call</source>
        <translation>Исходящий звонок</translation>
    </message>
    <message>
        <location filename="../ui/caller_card.py" line="274"/>
        <source>Last spoke with %1 in %2, %3</source>
        <translation>Последний разговор: %1, очередь %2, %3</translation>
    </message>
    <message>
        <location filename="../ui/caller_card.py" line="277"/>
        <source>Last spoke with %1 in %2</source>
        <translation>Последний разговор: %1, очередь %2</translation>
    </message>
    <message>
        <location filename="../ui/caller_card.py" line="280"/>
        <source>Last spoke with %1, %2</source>
        <translation>Последний разговор: %1, %2</translation>
    </message>
    <message>
        <location filename="../ui/caller_card.py" line="283"/>
        <source>Last spoke with %1</source>
        <translation>Последний разговор: %1</translation>
    </message>
    <message>
        <location filename="../ui/caller_card.py" line="310"/>
        <source>Ringing %1</source>
        <translation>Вызов %1</translation>
    </message>
    <message>
        <location filename="../ui/caller_card.py" line="311"/>
        <source>On call %1</source>
        <translation>Разговор %1</translation>
    </message>
    <message>
        <location filename="../ui/caller_card.py" line="312"/>
        <source>On hold %1</source>
        <translation>Удержание %1</translation>
    </message>
</context>
<context>
    <name>CallerCardWindow</name>
    <message>
        <location filename="../ui/caller_card_window.py" line="65"/>
        <source>Caller</source>
        <translation>Звонящий</translation>
    </message>
    <message>
        <location filename="../ui/caller_card_window.py" line="80"/>
        <source>AgentDesk</source>
        <translation>AgentDesk</translation>
    </message>
    <message>
        <location filename="../ui/caller_card_window.py" line="85"/>
        <location filename="../ui/caller_card_window.py" line="86"/>
        <source>Close the caller card</source>
        <translation>Закрыть карточку звонящего</translation>
    </message>
</context>
<context>
    <name>CallerFlagsPanel</name>
    <message>
        <location filename="../ui/caller_flags.py" line="37"/>
        <source>VIP caller</source>
        <translation>VIP-клиент</translation>
    </message>
    <message>
        <location filename="../ui/caller_flags.py" line="39"/>
        <source>On the block list</source>
        <translation>В чёрном списке</translation>
    </message>
    <message>
        <location filename="../ui/caller_flags.py" line="42"/>
        <location filename="../ui/caller_flags.py" line="96"/>
        <source>&amp;Block this caller…</source>
        <translation>&amp;Заблокировать звонящего…</translation>
    </message>
    <message>
        <location filename="../ui/caller_flags.py" line="44"/>
        <location filename="../ui/caller_flags.py" line="99"/>
        <source>&amp;Unblock</source>
        <translation>&amp;Разблокировать</translation>
    </message>
    <message>
        <location filename="../ui/caller_flags.py" line="56"/>
        <source>Caller lists</source>
        <translation>Списки звонящих</translation>
    </message>
    <message>
        <location filename="../ui/caller_flags.py" line="109"/>
        <source>Block this caller</source>
        <translation>Заблокировать звонящего</translation>
    </message>
    <message>
        <location filename="../ui/caller_flags.py" line="112"/>
        <source>Put %1 on the call centre&apos;s block list? Its calls will not reach anyone.</source>
        <translation>Добавить %1 в чёрный список колл-центра? Его звонки ни до кого не дойдут.</translation>
    </message>
    <message>
        <location filename="../ui/caller_flags.py" line="149"/>
        <source>%1 is blocked.</source>
        <translation>%1 заблокирован.</translation>
    </message>
    <message>
        <location filename="../ui/caller_flags.py" line="151"/>
        <source>%1 is unblocked.</source>
        <translation>%1 разблокирован.</translation>
    </message>
</context>
<context>
    <name>Capability</name>
    <message>
        <location filename="../ui/capability_text.py" line="16"/>
        <source>Live state and calls</source>
        <translation>Состояние и звонки в реальном времени</translation>
    </message>
    <message>
        <location filename="../ui/capability_text.py" line="17"/>
        <source>Pauses</source>
        <translation>Паузы</translation>
    </message>
    <message>
        <location filename="../ui/capability_text.py" line="18"/>
        <source>Dialling</source>
        <translation>Набор номера</translation>
    </message>
    <message>
        <location filename="../ui/capability_text.py" line="19"/>
        <source>Cancelling a queued call</source>
        <translation>Отмена запланированного звонка</translation>
    </message>
    <message>
        <location filename="../ui/capability_text.py" line="22"/>
        <source>Answering</source>
        <translation>Ответ на звонок</translation>
    </message>
    <message>
        <location filename="../ui/capability_text.py" line="23"/>
        <source>Hanging up</source>
        <translation>Завершение звонка</translation>
    </message>
    <message>
        <location filename="../ui/capability_text.py" line="24"/>
        <source>Transfer</source>
        <translation>Перевод звонка</translation>
    </message>
    <message>
        <location filename="../ui/capability_text.py" line="25"/>
        <source>Wrap-up forms</source>
        <translation>Формы постобработки</translation>
    </message>
    <message>
        <location filename="../ui/capability_text.py" line="26"/>
        <source>Recent calls</source>
        <translation>Последние звонки</translation>
    </message>
    <message>
        <location filename="../ui/capability_text.py" line="27"/>
        <source>Recordings</source>
        <translation>Записи</translation>
    </message>
    <message>
        <location filename="../ui/capability_text.py" line="28"/>
        <source>Queue figures</source>
        <translation>Данные очередей</translation>
    </message>
    <message>
        <location filename="../ui/capability_text.py" line="29"/>
        <source>Queue log-in</source>
        <translation>Вход в очереди</translation>
    </message>
    <message>
        <location filename="../ui/capability_text.py" line="30"/>
        <source>Caller details</source>
        <translation>Сведения о звонящем</translation>
    </message>
    <message>
        <location filename="../ui/capability_text.py" line="31"/>
        <source>My day</source>
        <translation>Мой день</translation>
    </message>
    <message>
        <location filename="../ui/capability_text.py" line="32"/>
        <source>VIP and block lists</source>
        <translation>Списки VIP и блокировки</translation>
    </message>
    <message>
        <location filename="../ui/capability_text.py" line="33"/>
        <source>Blocking callers</source>
        <translation>Блокировка звонящих</translation>
    </message>
    <message>
        <location filename="../ui/capability_text.py" line="34"/>
        <source>Text messages</source>
        <translation>SMS-сообщения</translation>
    </message>
    <message>
        <location filename="../ui/capability_text.py" line="35"/>
        <source>Colleagues</source>
        <translation>Коллеги</translation>
    </message>
    <message>
        <location filename="../ui/capability_text.py" line="36"/>
        <source>Picking up waiting callers</source>
        <translation>Приём ожидающих звонков из очереди</translation>
    </message>
    <message>
        <location filename="../ui/capability_text.py" line="39"/>
        <source>Logging in to the call centre</source>
        <translation>Вход в колл-центр</translation>
    </message>
    <message>
        <location filename="../ui/capability_text.py" line="42"/>
        <source>Logging out of the call centre</source>
        <translation>Выход из колл-центра</translation>
    </message>
    <message>
        <location filename="../ui/capability_text.py" line="45"/>
        <source>Phone status</source>
        <translation>Состояние телефона</translation>
    </message>
    <message>
        <location filename="../ui/capability_text.py" line="57"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ClipboardDialer</name>
    <message>
        <location filename="../ui/clipboard_dialer.py" line="70"/>
        <source>Call the number in the clipboard</source>
        <translation>Позвонить на номер из буфера обмена</translation>
    </message>
    <message>
        <location filename="../ui/clipboard_dialer.py" line="72"/>
        <source>Finds a phone number in the copied text and calls it</source>
        <translation>Находит телефонный номер в скопированном тексте и звонит на него</translation>
    </message>
    <message>
        <location filename="../ui/clipboard_dialer.py" line="76"/>
        <source>Call the selected number</source>
        <translation>Позвонить по выделенному номеру</translation>
    </message>
    <message>
        <location filename="../ui/clipboard_dialer.py" line="78"/>
        <source>Finds a phone number in the text selected in any application and calls it</source>
        <translation>Находит номер телефона в тексте, выделенном в любом приложении, и звонит по нему</translation>
    </message>
    <message>
        <location filename="../ui/clipboard_dialer.py" line="111"/>
        <source>The clipboard holds no phone number.</source>
        <translation>В буфере обмена нет телефонного номера.</translation>
    </message>
    <message>
        <location filename="../ui/clipboard_dialer.py" line="123"/>
        <source>The selected text holds no phone number.</source>
        <translation>В выделенном тексте нет номера телефона.</translation>
    </message>
</context>
<context>
    <name>Colleague</name>
    <message>
        <location filename="../ui/colleague_text.py" line="20"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/colleague_text.py" line="37"/>
        <source>%1 — %2 · ext. %3</source>
        <translation>%1 — %2 · доб. %3</translation>
    </message>
    <message>
        <location filename="../ui/colleague_text.py" line="39"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>ConnectionIndicator</name>
    <message>
        <location filename="../ui/widgets/connection_indicator.py" line="62"/>
        <source>&amp;Retry now</source>
        <translation>Пов&amp;торить сейчас</translation>
    </message>
    <message>
        <location filename="../ui/widgets/connection_indicator.py" line="123"/>
        <source>The company relay refused this computer&apos;s relay token: it was revoked or is wrong, so calls do not reach AgentDesk. Ask your supervisor for a new relay token and enter it in Settings.</source>
        <translation>Ретранслятор компании отклонил relay-токен этого компьютера: он отозван или неверен, поэтому звонки не доходят до AgentDesk. Попросите у своего руководителя новый relay-токен и введите его в настройках.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/connection_indicator.py" line="136"/>
        <source>Webhooks at %1:</source>
        <translation>Вебхуки на %1:</translation>
    </message>
    <message>
        <location filename="../ui/widgets/connection_indicator.py" line="138"/>
        <source>%1 accepted, %2 refused for a wrong secret, %3 unknown or malformed</source>
        <translation>%1 принято, %2 отклонено из-за неверного секрета, %3 неизвестных или повреждённых</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/widgets/connection_indicator.py" line="141"/>
        <source>%n connections timed out, dropped or turned away</source>
        <translation>
            <numerusform>%n соединение прервано по тайм-ауту, оборвано или отклонено</numerusform>
            <numerusform>%n соединения прервано по тайм-ауту, оборвано или отклонено</numerusform>
            <numerusform>%n соединений прервано по тайм-ауту, оборвано или отклонено</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/widgets/connection_indicator.py" line="143"/>
        <source>Hidden with this profile:</source>
        <translation>Скрыто в этом профиле:</translation>
    </message>
    <message>
        <location filename="../ui/widgets/connection_indicator.py" line="148"/>
        <source>Calls come through the company relay at %1</source>
        <translation>Звонки приходят через ретранслятор компании по адресу %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/connection_indicator.py" line="152"/>
        <source>Relay stream: %1</source>
        <translation>Поток ретранслятора: %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/connection_indicator.py" line="153"/>
        <source>none yet</source>
        <translation>пока нет</translation>
    </message>
    <message>
        <location filename="../ui/widgets/connection_indicator.py" line="154"/>
        <source>Last event: %1; reconnections: %2</source>
        <translation>Последнее событие: %1; переподключений: %2</translation>
    </message>
    <message>
        <location filename="../ui/widgets/connection_indicator.py" line="159"/>
        <source>connected</source>
        <translation>подключён</translation>
    </message>
    <message>
        <location filename="../ui/widgets/connection_indicator.py" line="161"/>
        <source>connecting…</source>
        <translation>подключение…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/connection_indicator.py" line="164"/>
        <source>reconnecting…</source>
        <translation>переподключение…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/connection_indicator.py" line="165"/>
        <source>reconnecting in %1 s</source>
        <translation>переподключение через %1 с</translation>
    </message>
    <message>
        <location filename="../ui/widgets/connection_indicator.py" line="201"/>
        <source>Connected</source>
        <translation>Подключено</translation>
    </message>
    <message>
        <location filename="../ui/widgets/connection_indicator.py" line="203"/>
        <source>Connecting…</source>
        <translation>Подключение…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/connection_indicator.py" line="205"/>
        <source>Authentication failed</source>
        <translation>Ошибка аутентификации</translation>
    </message>
    <message>
        <location filename="../ui/widgets/connection_indicator.py" line="207"/>
        <source>Cannot connect: check the profile</source>
        <translation>Не удаётся подключиться: проверьте профиль</translation>
    </message>
    <message>
        <location filename="../ui/widgets/connection_indicator.py" line="209"/>
        <source>Offline</source>
        <translation>Нет связи</translation>
    </message>
    <message>
        <location filename="../ui/widgets/connection_indicator.py" line="211"/>
        <location filename="../ui/widgets/connection_indicator.py" line="217"/>
        <source>Reconnecting…</source>
        <translation>Переподключение…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/connection_indicator.py" line="215"/>
        <source>Reconnecting in %1 s</source>
        <translation>Переподключение через %1 с</translation>
    </message>
    <message>
        <location filename="../ui/widgets/connection_indicator.py" line="224"/>
        <source>Connected through the relay</source>
        <translation>Подключено через ретранслятор</translation>
    </message>
    <message>
        <location filename="../ui/widgets/connection_indicator.py" line="227"/>
        <source>The relay refused this desk: ask for a new token</source>
        <translation>Ретранслятор отклонил это рабочее место: попросите новый токен</translation>
    </message>
    <message>
        <location filename="../ui/widgets/connection_indicator.py" line="231"/>
        <source>Connected; relay %1</source>
        <translation>Подключено; ретранслятор: %1</translation>
    </message>
</context>
<context>
    <name>ContactsImport</name>
    <message>
        <location filename="../ui/contacts_import.py" line="25"/>
        <source>Imported %1: %2 new, %3 updated, %4 unchanged, %5 lines skipped.</source>
        <translation>Импорт из %1: новые — %2, обновлённые — %3, без изменений — %4, пропущенные строки — %5.</translation>
    </message>
</context>
<context>
    <name>ContactsImporter</name>
    <message>
        <location filename="../ui/contacts_import.py" line="60"/>
        <source>Import contacts</source>
        <translation>Импорт контактов</translation>
    </message>
    <message>
        <location filename="../ui/contacts_import.py" line="62"/>
        <source>Contacts (*.csv *.vcf *.vcard);;All files (*)</source>
        <translation>Контакты (*.csv *.vcf *.vcard);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../ui/contacts_import.py" line="85"/>
        <source>Cannot read %1: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
</context>
<context>
    <name>DialBar</name>
    <message>
        <location filename="../ui/widgets/dial_bar.py" line="74"/>
        <source>Number or contact to call</source>
        <translation>Номер или контакт для звонка</translation>
    </message>
    <message>
        <location filename="../ui/widgets/dial_bar.py" line="75"/>
        <source>Number to call</source>
        <translation>Номер для звонка</translation>
    </message>
    <message>
        <location filename="../ui/widgets/dial_bar.py" line="80"/>
        <source>Ca&amp;ll</source>
        <translation>&amp;Позвонить</translation>
    </message>
    <message>
        <location filename="../ui/widgets/dial_bar.py" line="187"/>
        <source>Type a number to call.</source>
        <translation>Введите номер для звонка.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/dial_bar.py" line="189"/>
        <source>“%1” has no digits.</source>
        <translation>«%1» не содержит цифр.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/dial_bar.py" line="192"/>
        <source>“%1” is not a phone number: use digits, optionally starting with +.</source>
        <translation>«%1» — не телефонный номер: используйте цифры, в начале можно поставить +.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/dial_bar.py" line="195"/>
        <source>“%1” is not a phone number: check the number of digits and the country code.</source>
        <translation>«%1» — не телефонный номер: проверьте количество цифр и код страны.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/dial_bar.py" line="211"/>
        <source>Internal number %1</source>
        <translation>Внутренний номер %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/dial_bar.py" line="218"/>
        <source>Will call %1 · %2</source>
        <translation>Звонок на %1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/widgets/dial_bar.py" line="220"/>
        <source>Will call %1</source>
        <translation>Звонок на %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/dial_bar.py" line="232"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/widgets/dial_bar.py" line="234"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/dial_bar.py" line="176"/>
        <source>You cannot call now: %1.</source>
        <translation>Сейчас позвонить нельзя: %1.</translation>
    </message>
</context>
<context>
    <name>DialConfirm</name>
    <message>
        <location filename="../ui/dial_confirm.py" line="35"/>
        <source>Call the selected number</source>
        <translation>Позвонить по выделенному номеру</translation>
    </message>
    <message>
        <location filename="../ui/dial_confirm.py" line="39"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../ui/dial_confirm.py" line="57"/>
        <source>Call %1?</source>
        <translation>Позвонить на %1?</translation>
    </message>
    <message>
        <location filename="../ui/dial_confirm.py" line="59"/>
        <source>Which number do you want to call?</source>
        <translation>На какой номер позвонить?</translation>
    </message>
    <message>
        <location filename="../ui/dial_confirm.py" line="61"/>
        <source>&amp;Call</source>
        <translation>&amp;Позвонить</translation>
    </message>
    <message>
        <location filename="../ui/dial_confirm.py" line="63"/>
        <source>Call %1</source>
        <translation>Позвонить на %1</translation>
    </message>
</context>
<context>
    <name>DialTaskBar</name>
    <message>
        <location filename="../ui/widgets/dial_task_bar.py" line="26"/>
        <source>Cancel the call</source>
        <translation>Отменить звонок</translation>
    </message>
    <message>
        <location filename="../ui/widgets/dial_task_bar.py" line="27"/>
        <source>Cancel the queued call</source>
        <translation>Отменить запланированный звонок</translation>
    </message>
    <message>
        <location filename="../ui/widgets/dial_task_bar.py" line="41"/>
        <source>Call to %1 queued (task %2).</source>
        <translation>Звонок на %1 в очереди (задача %2).</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../ui/commands.py" line="38"/>
        <source>the call centre</source>
        <translation>колл-центр</translation>
    </message>
    <message>
        <location filename="../ui/commands.py" line="45"/>
        <source>%1 said: %2</source>
        <translation>%1 сообщает: %2</translation>
    </message>
    <message>
        <location filename="../ui/commands.py" line="47"/>
        <source>%1 refused the sign-in; check the secret in your profile.</source>
        <translation>%1: вход отклонён; проверьте секретный ключ в профиле.</translation>
    </message>
    <message>
        <location filename="../ui/commands.py" line="54"/>
        <source>Not available with %1.</source>
        <translation>Недоступно (%1).</translation>
    </message>
    <message>
        <location filename="../ui/commands.py" line="56"/>
        <source>Could not reach %1; please try again in a moment.</source>
        <translation>Нет связи (%1); повторите попытку чуть позже.</translation>
    </message>
</context>
<context>
    <name>ExceptHook</name>
    <message>
        <location filename="../ui/excepthook.py" line="22"/>
        <source>Something went wrong; details are in the log.</source>
        <translation>Что-то пошло не так; подробности в журнале.</translation>
    </message>
</context>
<context>
    <name>GeneralPage</name>
    <message>
        <location filename="../ui/settings_general.py" line="173"/>
        <source>Settings status</source>
        <translation>Состояние настроек</translation>
    </message>
    <message>
        <location filename="../ui/settings_general.py" line="174"/>
        <source>&amp;Save</source>
        <translation>Со&amp;хранить</translation>
    </message>
    <message>
        <location filename="../ui/settings_general.py" line="175"/>
        <source>Save the settings</source>
        <translation>Сохранить настройки</translation>
    </message>
    <message>
        <location filename="../ui/settings_general.py" line="177"/>
        <source>Re&amp;vert</source>
        <translation>О&amp;тменить изменения</translation>
    </message>
    <message>
        <location filename="../ui/settings_general.py" line="178"/>
        <source>Undo the changes not saved</source>
        <translation>Отменить несохранённые изменения</translation>
    </message>
    <message>
        <location filename="../ui/settings_general.py" line="229"/>
        <source>“%1” is not a valid value for %2.</source>
        <translation>«%1» — недопустимое значение для «%2».</translation>
    </message>
    <message>
        <location filename="../ui/settings_general.py" line="247"/>
        <source>The settings were not saved: %1</source>
        <translation>Настройки не сохранены: %1</translation>
    </message>
    <message>
        <location filename="../ui/settings_general.py" line="251"/>
        <source>Settings saved.</source>
        <translation>Настройки сохранены.</translation>
    </message>
    <message>
        <location filename="../ui/settings_general.py" line="257"/>
        <source>Settings saved, but starting at login was not changed: %1</source>
        <translation>Настройки сохранены, но запуск при входе в систему не изменён: %1</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../ui/history_model.py" line="130"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location filename="../ui/history_model.py" line="131"/>
        <source>Direction</source>
        <translation>Направление</translation>
    </message>
    <message>
        <location filename="../ui/history_model.py" line="132"/>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../ui/history_model.py" line="133"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../ui/history_model.py" line="134"/>
        <source>Queue</source>
        <translation>Очередь</translation>
    </message>
    <message>
        <location filename="../ui/history_model.py" line="135"/>
        <source>Duration</source>
        <translation>Длительность</translation>
    </message>
    <message>
        <location filename="../ui/history_model.py" line="136"/>
        <source>Recording</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location filename="../ui/history_model.py" line="139"/>
        <source>↙ In</source>
        <translation>↙ Входящий</translation>
    </message>
    <message>
        <location filename="../ui/history_model.py" line="140"/>
        <source>↗ Out</source>
        <translation>↗ Исходящий</translation>
    </message>
    <message>
        <location filename="../ui/history_model.py" line="141"/>
        <source>✕ Missed</source>
        <translation>✕ Пропущенный</translation>
    </message>
    <message>
        <location filename="../ui/history_model.py" line="309"/>
        <source>Incoming call</source>
        <translation>Входящий звонок</translation>
    </message>
    <message>
        <location filename="../ui/history_model.py" line="311"/>
        <source>Outgoing call</source>
        <translation>Исходящий звонок</translation>
    </message>
    <message>
        <location filename="../ui/history_model.py" line="313"/>
        <source>Missed incoming call</source>
        <translation>Пропущенный входящий звонок</translation>
    </message>
    <message>
        <location filename="../ui/history_model.py" line="315"/>
        <source>Outgoing call, not answered</source>
        <translation>Исходящий звонок, без ответа</translation>
    </message>
    <message>
        <location filename="../ui/history_model.py" line="326"/>
        <source>Talked %1, waited %2</source>
        <translation>Разговор %1, ожидание %2</translation>
    </message>
    <message>
        <location filename="../ui/history_model.py" line="331"/>
        <source>Double-click to play the recording</source>
        <translation>Двойной щелчок — воспроизвести запись</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../ui/history_view.py" line="132"/>
        <location filename="../ui/history_view.py" line="133"/>
        <source>Filter by number or name</source>
        <translation>Фильтр по номеру или имени</translation>
    </message>
    <message>
        <location filename="../ui/history_view.py" line="137"/>
        <source>Which calls</source>
        <translation>Какие звонки</translation>
    </message>
    <message>
        <location filename="../ui/history_view.py" line="139"/>
        <source>All calls</source>
        <translation>Все звонки</translation>
    </message>
    <message>
        <location filename="../ui/history_view.py" line="140"/>
        <source>Incoming</source>
        <translation>Входящие</translation>
    </message>
    <message>
        <location filename="../ui/history_view.py" line="141"/>
        <source>Outgoing</source>
        <translation>Исходящие</translation>
    </message>
    <message>
        <location filename="../ui/history_view.py" line="142"/>
        <source>Missed</source>
        <translation>Пропущенные</translation>
    </message>
    <message>
        <location filename="../ui/history_view.py" line="146"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <location filename="../ui/history_view.py" line="172"/>
        <source>Recent calls</source>
        <translation>Последние звонки</translation>
    </message>
    <message>
        <location filename="../ui/history_view.py" line="178"/>
        <source>&amp;Call back</source>
        <translation>Пере&amp;звонить</translation>
    </message>
    <message>
        <location filename="../ui/history_view.py" line="184"/>
        <location filename="../ui/history_view.py" line="198"/>
        <source>&amp;Play recording</source>
        <translation>&amp;Прослушать запись</translation>
    </message>
    <message>
        <location filename="../ui/history_view.py" line="186"/>
        <source>C&amp;opy number</source>
        <translation>&amp;Копировать номер</translation>
    </message>
    <message>
        <location filename="../ui/history_view.py" line="199"/>
        <source>Play the recording of the chosen call</source>
        <translation>Прослушать запись выбранного звонка</translation>
    </message>
    <message>
        <location filename="../ui/history_view.py" line="201"/>
        <source>Call &amp;back</source>
        <translation>П&amp;ерезвонить</translation>
    </message>
    <message>
        <location filename="../ui/history_view.py" line="329"/>
        <source>Fetching the recording of %1…</source>
        <translation>Загрузка записи звонка %1…</translation>
    </message>
    <message>
        <location filename="../ui/history_view.py" line="336"/>
        <source>d MMM HH:mm</source>
        <translation>d MMM HH:mm</translation>
    </message>
    <message>
        <location filename="../ui/history_view.py" line="337"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/history_view.py" line="372"/>
        <location filename="../ui/history_view.py" line="377"/>
        <source>The recording could not be fetched.</source>
        <translation>Не удалось загрузить запись.</translation>
    </message>
    <message>
        <location filename="../ui/history_view.py" line="379"/>
        <source>The recording could not be saved on this computer: %1</source>
        <translation>Не удалось сохранить запись на этом компьютере: %1</translation>
    </message>
    <message>
        <location filename="../ui/history_view.py" line="465"/>
        <source>Call history is not available with %1.</source>
        <translation>История звонков недоступна для %1.</translation>
    </message>
    <message>
        <location filename="../ui/history_view.py" line="466"/>
        <source>this call centre</source>
        <translation>этого колл-центра</translation>
    </message>
    <message>
        <location filename="../ui/history_view.py" line="469"/>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <location filename="../ui/history_view.py" line="476"/>
        <source>No calls since %1.</source>
        <translation>С %1 звонков не было.</translation>
    </message>
    <message>
        <location filename="../ui/history_view.py" line="478"/>
        <source>Calls: %1</source>
        <translation>Звонки: %1</translation>
    </message>
    <message>
        <location filename="../ui/history_view.py" line="480"/>
        <source>No calls match the filter.</source>
        <translation>Нет звонков, подходящих под фильтр.</translation>
    </message>
    <message>
        <location filename="../ui/history_view.py" line="481"/>
        <source>Calls: %1 of %2</source>
        <translation>Звонки: %1 из %2</translation>
    </message>
</context>
<context>
    <name>LoggedOutBar</name>
    <message>
        <location filename="../ui/shift_wiring.py" line="34"/>
        <source>You are not logged in to the call centre.</source>
        <translation>Вы не вошли в колл-центр.</translation>
    </message>
    <message>
        <location filename="../ui/shift_wiring.py" line="36"/>
        <source>Log in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <location filename="../ui/shift_wiring.py" line="37"/>
        <source>Log in to the call centre</source>
        <translation>Войти в колл-центр</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/session_wiring.py" line="93"/>
        <location filename="../ui/main_window.py" line="167"/>
        <location filename="../ui/main_window.py" line="170"/>
        <source>Connecting…</source>
        <translation>Подключение…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="235"/>
        <source>Now</source>
        <translation>Сейчас</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="236"/>
        <source>Recent calls</source>
        <translation>Последние звонки</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="437"/>
        <source>Team</source>
        <translation>Команда</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="459"/>
        <location filename="../ui/main_window.py" line="461"/>
        <source>Not connected</source>
        <translation>Нет подключения</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="460"/>
        <source>AgentDesk could not start</source>
        <translation>Не удалось запустить AgentDesk</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="462"/>
        <source>Open Settings…</source>
        <translation>Открыть настройки…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="475"/>
        <source>Not connected yet</source>
        <translation>Ещё не подключено</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="529"/>
        <source>Unsaved wrap-up</source>
        <translation>Несохранённая постобработка</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="530"/>
        <source>The wrap-up of the last call is not saved. Quit anyway?</source>
        <translation>Постобработка последнего звонка не сохранена. Всё равно выйти?</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <location filename="../ui/widgets/message_banner.py" line="34"/>
        <source>Dismiss</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../ui/widgets/message_banner.py" line="35"/>
        <source>Dismiss message</source>
        <translation>Закрыть сообщение</translation>
    </message>
</context>
<context>
    <name>MissedCallsTab</name>
    <message>
        <location filename="../ui/missed_calls_tab.py" line="45"/>
        <location filename="../ui/missed_calls_tab.py" line="76"/>
        <source>Missed calls</source>
        <translation>Пропущенные звонки</translation>
    </message>
    <message>
        <location filename="../ui/missed_calls_tab.py" line="77"/>
        <source>Missed calls (%1)</source>
        <translation>Пропущенные звонки (%1)</translation>
    </message>
</context>
<context>
    <name>MissedCallsView</name>
    <message>
        <location filename="../ui/missed_calls_view.py" line="49"/>
        <source>Missed calls</source>
        <translation>Пропущенные звонки</translation>
    </message>
    <message>
        <location filename="../ui/missed_calls_view.py" line="51"/>
        <source>No missed calls.</source>
        <translation>Пропущенных звонков нет.</translation>
    </message>
    <message>
        <location filename="../ui/missed_calls_view.py" line="53"/>
        <source>&amp;Call back</source>
        <translation>&amp;Перезвонить</translation>
    </message>
    <message>
        <location filename="../ui/missed_calls_view.py" line="55"/>
        <source>C&amp;lear the list</source>
        <translation>О&amp;чистить список</translation>
    </message>
    <message>
        <location filename="../ui/missed_calls_view.py" line="121"/>
        <source>d MMM HH:mm</source>
        <translation>d MMM HH:mm</translation>
    </message>
    <message>
        <location filename="../ui/missed_calls_view.py" line="122"/>
        <source>Unknown</source>
        <translation>Неизвестный</translation>
    </message>
    <message>
        <location filename="../ui/missed_calls_view.py" line="123"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/missed_calls_view.py" line="124"/>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <location filename="../ui/missed_calls_view.py" line="126"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>MissingOption</name>
    <message>
        <location filename="../ui/missing_option.py" line="15"/>
        <source>Set the profile option %1 to offer pauses.</source>
        <translation>Чтобы предлагать паузы, задайте в профиле параметр %1.</translation>
    </message>
    <message>
        <location filename="../ui/missing_option.py" line="18"/>
        <source>Set the profile option %1 to dial from AgentDesk.</source>
        <translation>Чтобы звонить из AgentDesk, задайте в профиле параметр %1.</translation>
    </message>
    <message>
        <location filename="../ui/missing_option.py" line="21"/>
        <source>Set the profile option %1 to take back a dial.</source>
        <translation>Чтобы отменять запланированный звонок, задайте в профиле параметр %1.</translation>
    </message>
    <message>
        <location filename="../ui/missing_option.py" line="24"/>
        <source>Set the profile option %1 to offer a wrap-up after calls.</source>
        <translation>Чтобы после звонков предлагать постобработку, задайте в профиле параметр %1.</translation>
    </message>
    <message>
        <location filename="../ui/missing_option.py" line="27"/>
        <source>Set the profile option %1 to see calls while they ring.</source>
        <translation>Чтобы видеть звонки, пока они звонят, задайте в профиле параметр %1.</translation>
    </message>
    <message>
        <location filename="../ui/missing_option.py" line="31"/>
        <source>Set the profile option %1 to use this.</source>
        <translation>Чтобы пользоваться этой функцией, задайте в профиле параметр %1.</translation>
    </message>
</context>
<context>
    <name>OfferBar</name>
    <message>
        <location filename="../ui/widgets/offer_bar.py" line="33"/>
        <source>Call</source>
        <translation>Позвонить</translation>
    </message>
    <message>
        <location filename="../ui/widgets/offer_bar.py" line="37"/>
        <source>Dismiss</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../ui/widgets/offer_bar.py" line="38"/>
        <source>Dismiss the offer</source>
        <translation>Скрыть предложение</translation>
    </message>
    <message>
        <location filename="../ui/widgets/offer_bar.py" line="60"/>
        <source>Call %1?</source>
        <translation>Позвонить на %1?</translation>
    </message>
    <message>
        <location filename="../ui/widgets/offer_bar.py" line="61"/>
        <source>Call %1</source>
        <translation>Позвонить на %1</translation>
    </message>
</context>
<context>
    <name>OptionHint</name>
    <message>
        <location filename="../ui/widgets/option_hint.py" line="30"/>
        <source>Settings…</source>
        <translation>Настройки…</translation>
    </message>
</context>
<context>
    <name>OutboxStatus</name>
    <message>
        <location filename="../ui/outbox_status.py" line="58"/>
        <source>%1 refused a saved wrap-up: %2</source>
        <translation>%1 отклонил сохранённую постобработку: %2</translation>
    </message>
    <message>
        <location filename="../ui/outbox_status.py" line="61"/>
        <source>%1 refused a saved wrap-up, which may have reached it before AgentDesk closed: %2</source>
        <translation>%1 отклонил сохранённую постобработку, которая, возможно, дошла до него ещё до закрытия AgentDesk: %2</translation>
    </message>
    <message>
        <location filename="../ui/outbox_status.py" line="66"/>
        <source>%1 said: %2</source>
        <translation>%1 сообщает: %2</translation>
    </message>
    <message>
        <location filename="../ui/outbox_status.py" line="68"/>
        <source>A saved wrap-up was not sent: %1</source>
        <translation>Сохранённая постобработка не отправлена: %1</translation>
    </message>
    <message>
        <location filename="../ui/outbox_status.py" line="75"/>
        <source>1 wrap-up waiting to be sent</source>
        <translation>1 постобработка ждёт отправки</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/outbox_status.py" line="77"/>
        <source>%n wrap-ups waiting to be sent</source>
        <translation>
            <numerusform>%n постобработка ждёт отправки</numerusform>
            <numerusform>%n постобработки ждут отправки</numerusform>
            <numerusform>%n постобработок ждут отправки</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/outbox_status.py" line="81"/>
        <source>1 wrap-up refused by %1</source>
        <translation>1 постобработка отклонена %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/outbox_status.py" line="83"/>
        <source>%n wrap-ups refused by %1</source>
        <translation>
            <numerusform>%n постобработка отклонена %1</numerusform>
            <numerusform>%n постобработки отклонены %1</numerusform>
            <numerusform>%n постобработок отклонено %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/outbox_status.py" line="85"/>
        <source>Review…</source>
        <translation>Просмотреть…</translation>
    </message>
    <message>
        <location filename="../ui/outbox_status.py" line="89"/>
        <source>Saved on this computer; AgentDesk sends them as soon as it can.</source>
        <translation>Сохранено на этом компьютере; AgentDesk отправит их, как только сможет.</translation>
    </message>
    <message>
        <location filename="../ui/outbox_status.py" line="107"/>
        <source>Refused wrap-ups</source>
        <translation>Отклонённые постобработки</translation>
    </message>
    <message>
        <location filename="../ui/outbox_status.py" line="110"/>
        <source>%1 refused these saved wrap-ups. Enter them in %1 again, then discard.</source>
        <translation>%1 отклонил эти сохранённые постобработки. Введите их в %1 заново, затем удалите.</translation>
    </message>
    <message>
        <location filename="../ui/outbox_status.py" line="120"/>
        <source>Discard them</source>
        <translation>Удалить их</translation>
    </message>
</context>
<context>
    <name>PauseSelector</name>
    <message>
        <location filename="../ui/widgets/pause_selector.py" line="45"/>
        <source>Choose a status…</source>
        <translation>Выберите статус…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/pause_selector.py" line="53"/>
        <source>&amp;Status:</source>
        <translation>&amp;Статус:</translation>
    </message>
    <message>
        <location filename="../ui/widgets/pause_selector.py" line="106"/>
        <source>Ready</source>
        <translation>Готов</translation>
    </message>
</context>
<context>
    <name>PhoneWarning</name>
    <message>
        <location filename="../ui/phone_warning.py" line="53"/>
        <source>Your phone, extension %1, is not reachable: calls cannot ring</source>
        <translation>Ваш телефон, внутренний номер %1, недоступен: звонки не смогут поступать</translation>
    </message>
</context>
<context>
    <name>ProfileEditor</name>
    <message>
        <location filename="../ui/settings_profile_editor.py" line="100"/>
        <source>e.g. Work</source>
        <translation>например, Работа</translation>
    </message>
    <message>
        <location filename="../ui/settings_profile_editor.py" line="108"/>
        <source>C&amp;hoose…</source>
        <translation>В&amp;ыбрать…</translation>
    </message>
    <message>
        <location filename="../ui/settings_profile_editor.py" line="109"/>
        <source>Choose the login from the PBX&apos;s users</source>
        <translation>Выбрать логин из пользователей АТС</translation>
    </message>
    <message>
        <location filename="../ui/settings_profile_editor.py" line="111"/>
        <location filename="../ui/settings_profile_editor.py" line="348"/>
        <source>Your login name</source>
        <translation>Ваш логин</translation>
    </message>
    <message>
        <location filename="../ui/settings_profile_editor.py" line="113"/>
        <source>Optional, e.g. 201</source>
        <translation>Необязательно, например 201</translation>
    </message>
    <message>
        <location filename="../ui/settings_profile_editor.py" line="116"/>
        <source>Make this the &amp;default profile</source>
        <translation>Сделать профилем по &amp;умолчанию</translation>
    </message>
    <message>
        <location filename="../ui/settings_profile_editor.py" line="119"/>
        <source>Option</source>
        <translation>Параметр</translation>
    </message>
    <message>
        <location filename="../ui/settings_profile_editor.py" line="119"/>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <location filename="../ui/settings_profile_editor.py" line="132"/>
        <source>Add &amp;option</source>
        <translation>Добавить пара&amp;метр</translation>
    </message>
    <message>
        <location filename="../ui/settings_profile_editor.py" line="136"/>
        <source>Re&amp;move option</source>
        <translation>Удалить па&amp;раметр</translation>
    </message>
    <message>
        <location filename="../ui/settings_profile_editor.py" line="143"/>
        <source>&amp;Test connection</source>
        <translation>Про&amp;верить подключение</translation>
    </message>
    <message>
        <location filename="../ui/settings_profile_editor.py" line="145"/>
        <source>&amp;Cancel</source>
        <translation>Отм&amp;ена</translation>
    </message>
    <message>
        <location filename="../ui/settings_profile_editor.py" line="147"/>
        <source>&amp;Save</source>
        <translation>Со&amp;хранить</translation>
    </message>
    <message>
        <location filename="../ui/settings_profile_editor.py" line="169"/>
        <source>&amp;Name</source>
        <translation>&amp;Название</translation>
    </message>
    <message>
        <location filename="../ui/settings_profile_editor.py" line="169"/>
        <source>Profile name</source>
        <translation>Название профиля</translation>
    </message>
    <message>
        <location filename="../ui/settings_profile_editor.py" line="170"/>
        <source>&amp;Vendor</source>
        <translation>Пла&amp;тформа</translation>
    </message>
    <message>
        <location filename="../ui/settings_profile_editor.py" line="170"/>
        <source>Vendor</source>
        <translation>Платформа</translation>
    </message>
    <message>
        <location filename="../ui/settings_profile_editor.py" line="171"/>
        <source>&amp;URL</source>
        <translation>URL-&amp;адрес</translation>
    </message>
    <message>
        <location filename="../ui/settings_profile_editor.py" line="171"/>
        <source>Call centre address</source>
        <translation>Адрес колл-центра</translation>
    </message>
    <message>
        <location filename="../ui/settings_profile_editor.py" line="172"/>
        <source>Us&amp;er</source>
        <translation>&amp;Логин</translation>
    </message>
    <message>
        <location filename="../ui/settings_profile_editor.py" line="172"/>
        <source>User</source>
        <translation>Логин</translation>
    </message>
    <message>
        <location filename="../ui/settings_profile_editor.py" line="173"/>
        <source>E&amp;xtension</source>
        <translation>&amp;Добавочный номер</translation>
    </message>
    <message>
        <location filename="../ui/settings_profile_editor.py" line="173"/>
        <source>Extension</source>
        <translation>Добавочный номер</translation>
    </message>
    <message>
        <location filename="../ui/settings_profile_editor.py" line="174"/>
        <source>Sec&amp;ret</source>
        <translation>&amp;Секретный ключ</translation>
    </message>
    <message>
        <location filename="../ui/settings_profile_editor.py" line="174"/>
        <source>Secret</source>
        <translation>Секретный ключ</translation>
    </message>
    <message>
        <location filename="../ui/settings_profile_editor.py" line="178"/>
        <location filename="../ui/settings_profile_editor.py" line="205"/>
        <source>Options</source>
        <translation>Параметры</translation>
    </message>
    <message>
        <location filename="../ui/settings_profile_editor.py" line="179"/>
        <source>Make this the default profile</source>
        <translation>Сделать профилем по умолчанию</translation>
    </message>
    <message>
        <location filename="../ui/settings_profile_editor.py" line="180"/>
        <source>Add an option</source>
        <translation>Добавить параметр</translation>
    </message>
    <message>
        <location filename="../ui/settings_profile_editor.py" line="181"/>
        <source>Remove the selected option</source>
        <translation>Удалить выбранный параметр</translation>
    </message>
    <message>
        <location filename="../ui/settings_profile_editor.py" line="182"/>
        <source>Test the connection with these fields</source>
        <translation>Проверить подключение с этими данными</translation>
    </message>
    <message>
        <location filename="../ui/settings_profile_editor.py" line="183"/>
        <source>Cancel editing</source>
        <translation>Отменить редактирование</translation>
    </message>
    <message>
        <location filename="../ui/settings_profile_editor.py" line="184"/>
        <source>Save the profile</source>
        <translation>Сохранить профиль</translation>
    </message>
    <message>
        <location filename="../ui/settings_profile_editor.py" line="185"/>
        <source>Problem with the profile</source>
        <translation>Проблема с профилем</translation>
    </message>
    <message>
        <location filename="../ui/settings_profile_editor.py" line="253"/>
        <source>Edit profile “%1”</source>
        <translation>Изменение профиля «%1»</translation>
    </message>
    <message>
        <location filename="../ui/settings_profile_editor.py" line="255"/>
        <source>New profile</source>
        <translation>Новый профиль</translation>
    </message>
    <message>
        <location filename="../ui/settings_profile_editor.py" line="265"/>
        <source>Leave empty to keep the stored secret</source>
        <translation>Оставьте пустым, чтобы сохранить текущий секретный ключ</translation>
    </message>
    <message>
        <location filename="../ui/settings_profile_editor.py" line="267"/>
        <source>Access token or password</source>
        <translation>Токен доступа или пароль</translation>
    </message>
    <message>
        <location filename="../ui/settings_profile_editor.py" line="270"/>
        <source>The secret is kept in your system&apos;s keyring, never in a file.</source>
        <translation>Секретный ключ хранится в системном хранилище ключей, а не в файле.</translation>
    </message>
    <message>
        <location filename="../ui/settings_profile_editor.py" line="292"/>
        <source>Give the profile a name: letters, digits, spaces, - and _ (up to 40).</source>
        <translation>Задайте название профиля: буквы, цифры, пробелы, - и _ (не более 40 символов).</translation>
    </message>
    <message>
        <location filename="../ui/settings_profile_editor.py" line="297"/>
        <source>The URL is the call centre&apos;s address, starting with https://.</source>
        <translation>URL — это адрес колл-центра, начинающийся с https://.</translation>
    </message>
    <message>
        <location filename="../ui/settings_profile_editor.py" line="301"/>
        <source>Fill in the user you sign in with.</source>
        <translation>Укажите логин, под которым вы входите.</translation>
    </message>
    <message>
        <location filename="../ui/settings_profile_editor.py" line="306"/>
        <source>Type the secret: it is stored under the profile&apos;s name.</source>
        <translation>Введите секретный ключ: он сохраняется под названием профиля.</translation>
    </message>
    <message>
        <location filename="../ui/settings_profile_editor.py" line="308"/>
        <source>Type the secret (access token or password).</source>
        <translation>Введите секретный ключ (токен доступа или пароль).</translation>
    </message>
    <message>
        <location filename="../ui/settings_profile_editor.py" line="336"/>
        <source>Option %1 takes one of: %2.</source>
        <translation>Параметр %1 принимает одно из значений: %2.</translation>
    </message>
    <message>
        <location filename="../ui/settings_profile_editor.py" line="341"/>
        <source>Option %1: %2</source>
        <translation>Параметр %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/settings_profile_editor.py" line="317"/>
        <source>Option %1 is not a usable screen pop: %2.</source>
        <translation>Параметр %1 не подходит для открытия CRM: %2.</translation>
    </message>
    <message>
        <location filename="../ui/settings_profile_editor.py" line="508"/>
        <source>Other…</source>
        <translation>Другой…</translation>
    </message>
</context>
<context>
    <name>ProfileOptions</name>
    <message>
        <location filename="../backends/daktela/spec.py" line="40"/>
        <source>The newest Daktela API version your installation serves (4.1, 4.0, 3.9...): what needs a newer one is hidden</source>
        <translation>Новейшая версия API Daktela, которую обслуживает ваша установка (4.1, 4.0, 3.9...): то, что требует более новой, скрывается</translation>
    </message>
    <message>
        <location filename="../backends/daktela/spec.py" line="49"/>
        <source>token: the secret is an access token; password: it is the agent&apos;s password</source>
        <translation>token: секретный ключ — это токен доступа; password: это пароль оператора</translation>
    </message>
    <message>
        <location filename="../backends/daktela/spec.py" line="58"/>
        <source>The queue outgoing calls go through (its ID)</source>
        <translation>Очередь для исходящих звонков (её ID)</translation>
    </message>
    <message>
        <location filename="../backends/daktela/spec.py" line="63"/>
        <source>The call centre&apos;s time zone, e.g. Europe/Prague</source>
        <translation>Часовой пояс колл-центра, например Europe/Prague</translation>
    </message>
    <message>
        <location filename="../backends/daktela/spec.py" line="68"/>
        <source>The call-script field that takes the wrap-up note</source>
        <translation>Поле формы, в которое записывается заметка</translation>
    </message>
    <message>
        <location filename="../backends/daktela/spec.py" line="75"/>
        <source>The company relay&apos;s address, e.g. https://relay.example.com: the queue figures come from it (empty: this computer asks Daktela for them)</source>
        <translation>Адрес ретранслятора компании, например https://relay.example.com: данные очередей приходят от него (пусто: этот компьютер сам запрашивает их у Daktela)</translation>
    </message>
    <message>
        <location filename="../backends/okitoki/spec.py" line="41"/>
        <source>(from the API token)</source>
        <translation>(из API-токена)</translation>
    </message>
    <message>
        <location filename="../backends/okitoki/spec.py" line="44"/>
        <source>In Oki-Toki&apos;s Events and Integrations, post call events to %1 with the parameters event, session_id, phone, direction, queue, contact_name, user_id, status_id, away_status_id.</source>
        <translation>В Oki-Toki (События и интеграции) отправляйте события звонков на %1 с параметрами event, session_id, phone, direction, queue, contact_name, user_id, status_id, away_status_id.</translation>
    </message>
    <message>
        <location filename="../backends/okitoki/spec.py" line="59"/>
        <source>Your user number</source>
        <translation>Ваш номер пользователя</translation>
    </message>
    <message>
        <location filename="../backends/okitoki/spec.py" line="71"/>
        <source>The company&apos;s statuses, STATUS:TITLE, the Ready one marked :ready</source>
        <translation>Статусы компании, СТАТУС:НАЗВАНИЕ, статус «Готов» помечен :ready</translation>
    </message>
    <message>
        <location filename="../backends/okitoki/spec.py" line="79"/>
        <source>The dialer that places click-to-call tasks (its ID)</source>
        <translation>Дайлер, создающий задачи на звонок (его ID)</translation>
    </message>
    <message>
        <location filename="../backends/okitoki/spec.py" line="86"/>
        <source>The List of VIP callers (its ID), flagged on the caller card</source>
        <translation>Список VIP-клиентов (его ID), отмечаемых на карточке звонящего</translation>
    </message>
    <message>
        <location filename="../backends/okitoki/spec.py" line="93"/>
        <source>The blacklist (its ID), flagged on the caller card</source>
        <translation>Чёрный список (его ID), отмечаемый на карточке звонящего</translation>
    </message>
    <message>
        <location filename="../backends/okitoki/spec.py" line="100"/>
        <source>Call outcomes for the wrap-up, VALUE:TITLE</source>
        <translation>Результаты звонка для постобработки, ЗНАЧЕНИЕ:НАЗВАНИЕ</translation>
    </message>
    <message>
        <location filename="../backends/okitoki/spec.py" line="105"/>
        <source>Extra wrap-up fields, NAME:TITLE[:KIND]</source>
        <translation>Дополнительные поля постобработки, ИМЯ:НАЗВАНИЕ[:ТИП]</translation>
    </message>
    <message>
        <location filename="../backends/okitoki/spec.py" line="110"/>
        <source>Port of AgentDesk&apos;s receiver for live calls (empty: none)</source>
        <translation>Порт приёмника AgentDesk для живых звонков (пусто: нет)</translation>
    </message>
    <message>
        <location filename="../backends/okitoki/spec.py" line="117"/>
        <source>Address the receiver listens on</source>
        <translation>Адрес, на котором слушает приёмник</translation>
    </message>
    <message>
        <location filename="../backends/okitoki/spec.py" line="122"/>
        <source>The secret Oki-Toki sends with its webhooks (empty: one derived from the API token)</source>
        <translation>Секрет, который Oki-Toki передаёт со своими вебхуками (пусто: выводится из API-токена)</translation>
    </message>
    <message>
        <location filename="../backends/okitoki/spec.py" line="132"/>
        <source>The address Oki-Toki reaches the receiver at, if another</source>
        <translation>Адрес, по которому Oki-Toki достучится до приёмника, если другой</translation>
    </message>
    <message>
        <location filename="../backends/okitoki/spec.py" line="139"/>
        <source>How the call log is fetched</source>
        <translation>Как загружается журнал звонков</translation>
    </message>
    <message>
        <location filename="../backends/okitoki/spec.py" line="145"/>
        <source>How often the call log is read while idle, in seconds; four times as often during a call, half as often while the window is hidden</source>
        <translation>Как часто читается журнал звонков в простое, в секундах; во время звонка в четыре раза чаще, при скрытом окне вдвое реже</translation>
    </message>
    <message>
        <location filename="../backends/okitoki/spec.py" line="154"/>
        <source>The call centre&apos;s time zone, e.g. Europe/Kyiv</source>
        <translation>Часовой пояс колл-центра, например Europe/Kyiv</translation>
    </message>
    <message>
        <location filename="../backends/ucontact/spec.py" line="28"/>
        <source>password: the secret is the agent&apos;s password; token: a portal API token</source>
        <translation>password: секрет — пароль оператора; token: API-токен портала</translation>
    </message>
    <message>
        <location filename="../backends/ucontact/spec.py" line="37"/>
        <source>The agent&apos;s campaign, e.g. Soporte&lt;-</source>
        <translation>Кампания оператора, например Soporte&lt;-</translation>
    </message>
    <message>
        <location filename="../backends/ucontact/spec.py" line="42"/>
        <source>The outbound campaign click-to-call uses, e.g. Ventas-&gt;</source>
        <translation>Исходящая кампания для звонков, например Ventas-&gt;</translation>
    </message>
    <message>
        <location filename="../backends/ucontact/spec.py" line="49"/>
        <source>uContact&apos;s breaks, MOTIVE[:TITLE][:wrap]</source>
        <translation>Перерывы uContact, ПРИЧИНА[:НАЗВАНИЕ][:wrap]</translation>
    </message>
    <message>
        <location filename="../backends/ucontact/spec.py" line="54"/>
        <source>The disposition tree: paths L1&gt;L2&gt;L3, alternatives with |</source>
        <translation>Дерево результатов: пути L1&gt;L2&gt;L3, варианты через |</translation>
    </message>
    <message>
        <location filename="../backends/ucontact/spec.py" line="61"/>
        <source>Extra data asked in the wrap-up: d1:TITLE,d2:TITLE</source>
        <translation>Дополнительные данные при постобработке: d1:НАЗВАНИЕ,d2:НАЗВАНИЕ</translation>
    </message>
    <message>
        <location filename="../backends/ucontact/spec.py" line="68"/>
        <source>The telephony host holding recordings</source>
        <translation>Телефонный сервер с записями</translation>
    </message>
    <message>
        <location filename="../backends/ucontact/spec.py" line="73"/>
        <source>The recordings backup host</source>
        <translation>Резервный сервер записей</translation>
    </message>
    <message>
        <location filename="../backends/ucontact/spec.py" line="79"/>
        <source>The number calls you dial go out with (empty: the outbound campaign&apos;s own)</source>
        <translation>Номер, с которым уходят ваши исходящие звонки (пусто: номер исходящей кампании)</translation>
    </message>
    <message>
        <location filename="../backends/ucontact/spec.py" line="84"/>
        <source>AgentCall&apos;s technology</source>
        <translation>Технология для AgentCall</translation>
    </message>
    <message>
        <location filename="../backends/ucontact/spec.py" line="85"/>
        <source>The agent&apos;s dial context</source>
        <translation>Контекст набора оператора</translation>
    </message>
    <message>
        <location filename="../backends/ucontact/spec.py" line="89"/>
        <source>The instance&apos;s time zone, e.g. America/Montevideo</source>
        <translation>Часовой пояс инстанса, например America/Montevideo</translation>
    </message>
    <message>
        <location filename="../backends/megapbx/spec.py" line="40"/>
        <source>In the PBX&apos;s CRM integration, set the CRM address to %1 (as your network makes it reachable) and its token to this profile&apos;s crm_token. The PBX runs in the cloud: publish this address through your company&apos;s reverse proxy or VPN.</source>
        <translation>В интеграции с CRM на АТС укажите адрес CRM %1 (так, как его делает доступным ваша сеть) и токен из crm_token этого профиля. АТС работает в облаке: опубликуйте этот адрес через обратный прокси или VPN вашей компании.</translation>
    </message>
    <message>
        <location filename="../backends/megapbx/spec.py" line="66"/>
        <source>The token the PBX sends with its webhooks (empty: no live calls)</source>
        <translation>Токен, который АТС отправляет с вебхуками (пусто: без живых звонков)</translation>
    </message>
    <message>
        <location filename="../backends/megapbx/spec.py" line="75"/>
        <source>host:port of AgentDesk&apos;s receiver for the PBX</source>
        <translation>host:port приёмника AgentDesk для АТС</translation>
    </message>
    <message>
        <location filename="../backends/megapbx/spec.py" line="78"/>
        <source>Path of the receiver</source>
        <translation>Путь приёмника</translation>
    </message>
    <message>
        <location filename="../backends/megapbx/spec.py" line="83"/>
        <source>How often DND and the history are read while idle, in seconds; four times as often during a call, half as often while the window is hidden</source>
        <translation>Как часто читаются режим «Не беспокоить» и история в простое, в секундах; во время звонка в четыре раза чаще, при скрытом окне вдвое реже</translation>
    </message>
    <message>
        <location filename="../backends/megapbx/spec.py" line="92"/>
        <source>Show calls between colleagues in Recent calls</source>
        <translation>Показывать звонки между коллегами в последних звонках</translation>
    </message>
    <message>
        <location filename="../vendors.py" line="34"/>
        <source>Opened when a call rings: a URL such as https://crm/search?phone={number_e164}, or a program and its arguments</source>
        <translation>Открывается при входящем звонке: URL вида https://crm/search?phone={number_e164} или программа с аргументами</translation>
    </message>
    <message>
        <location filename="../vendors.py" line="43"/>
        <source>Opened when a call is answered; variables: {number} {number_e164} {name} {queue} {call_id} {direction} {agent} {vendor}</source>
        <translation>Открывается, когда звонок принят; переменные: {number} {number_e164} {name} {queue} {call_id} {direction} {agent} {vendor}</translation>
    </message>
    <message>
        <location filename="../vendors.py" line="52"/>
        <source>Opened when a call ends, e.g. https://crm/calls/{call_id}</source>
        <translation>Открывается по окончании звонка, например https://crm/calls/{call_id}</translation>
    </message>
    <message>
        <location filename="../backends/relay_options.py" line="18"/>
        <source>The company relay&apos;s address, e.g. https://relay.example.com (empty: this computer receives the webhooks itself)</source>
        <translation>Адрес ретранслятора компании, например https://relay.example.com (пусто: вебхуки принимает сам этот компьютер)</translation>
    </message>
    <message>
        <location filename="../backends/relay_options.py" line="28"/>
        <source>This agent&apos;s relay token (agentdesk relay add-agent prints it)</source>
        <translation>Токен этого оператора для ретранслятора (его выводит agentdesk relay add-agent)</translation>
    </message>
    <message>
        <location filename="../backends/relay_options.py" line="36"/>
        <source>A PEM file of the certificate authority that signed the relay&apos;s certificate, if not a public one (empty: the usual authorities)</source>
        <translation>PEM-файл удостоверяющего центра, подписавшего сертификат ретранслятора, если он не публичный (пусто: обычные центры)</translation>
    </message>
    <message>
        <location filename="../backends/relay_options.py" line="74"/>
        <source>Events come through the company relay %1: the vendor posts them there, and this computer needs no address of its own.</source>
        <translation>События приходят через ретранслятор компании %1: они отправляются туда, и этому компьютеру не нужен собственный адрес.</translation>
    </message>
</context>
<context>
    <name>ProfilesPage</name>
    <message>
        <location filename="../ui/settings_profiles.py" line="110"/>
        <source>Working</source>
        <translation>Выполняется</translation>
    </message>
    <message>
        <location filename="../ui/settings_profiles.py" line="116"/>
        <source>Profiles status</source>
        <translation>Состояние профилей</translation>
    </message>
    <message>
        <location filename="../ui/settings_profiles.py" line="128"/>
        <source>Sa&amp;ved profiles</source>
        <translation>Со&amp;хранённые профили</translation>
    </message>
    <message>
        <location filename="../ui/settings_profiles.py" line="130"/>
        <source>Saved profiles</source>
        <translation>Сохранённые профили</translation>
    </message>
    <message>
        <location filename="../ui/settings_profiles.py" line="135"/>
        <source>&amp;Add…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <location filename="../ui/settings_profiles.py" line="136"/>
        <source>Add a profile</source>
        <translation>Добавить профиль</translation>
    </message>
    <message>
        <location filename="../ui/settings_profiles.py" line="138"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <location filename="../ui/settings_profiles.py" line="139"/>
        <source>Edit the selected profile</source>
        <translation>Изменить выбранный профиль</translation>
    </message>
    <message>
        <location filename="../ui/settings_profiles.py" line="141"/>
        <source>De&amp;lete</source>
        <translation>Уда&amp;лить</translation>
    </message>
    <message>
        <location filename="../ui/settings_profiles.py" line="142"/>
        <source>Delete the selected profile</source>
        <translation>Удалить выбранный профиль</translation>
    </message>
    <message>
        <location filename="../ui/settings_profiles.py" line="144"/>
        <source>Make &amp;default</source>
        <translation>Сделать по &amp;умолчанию</translation>
    </message>
    <message>
        <location filename="../ui/settings_profiles.py" line="145"/>
        <source>Make the selected profile the default</source>
        <translation>Сделать выбранный профиль профилем по умолчанию</translation>
    </message>
    <message>
        <location filename="../ui/settings_profiles.py" line="148"/>
        <source>Test the selected profile&apos;s connection</source>
        <translation>Проверить подключение выбранного профиля</translation>
    </message>
    <message>
        <location filename="../ui/settings_profiles.py" line="201"/>
        <source>%1 (default)</source>
        <translation>%1 (по умолчанию)</translation>
    </message>
    <message>
        <location filename="../ui/settings_profiles.py" line="215"/>
        <source>No profiles yet: press Add to create one.</source>
        <translation>Профилей пока нет: нажмите «Добавить», чтобы создать профиль.</translation>
    </message>
    <message>
        <location filename="../ui/settings_profiles.py" line="260"/>
        <source>The keyring cannot say which secret options it keeps: %1</source>
        <translation>Хранилище ключей не может сообщить, какие секретные параметры в нём хранятся: %1</translation>
    </message>
    <message>
        <location filename="../ui/settings_profiles.py" line="299"/>
        <source>Profile “%1” saved.</source>
        <translation>Профиль «%1» сохранён.</translation>
    </message>
    <message>
        <location filename="../ui/settings_profiles.py" line="308"/>
        <source>Profile “%1” saved, but not its secret: %2</source>
        <translation>Профиль «%1» сохранён, а его секретный ключ — нет: %2</translation>
    </message>
    <message>
        <location filename="../ui/settings_profiles.py" line="317"/>
        <source>The keyring could not take its secret options, so they stay in the profiles file until it can: %1</source>
        <translation>Хранилище ключей не смогло принять его секретные параметры, поэтому они остаются в файле профилей, пока это не станет возможно: %1</translation>
    </message>
    <message>
        <location filename="../ui/settings_profiles.py" line="330"/>
        <source>The keyring still keeps %1: %2</source>
        <translation>Хранилище ключей всё ещё хранит %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/settings_profiles.py" line="349"/>
        <source>Delete profile</source>
        <translation>Удаление профиля</translation>
    </message>
    <message>
        <location filename="../ui/settings_profiles.py" line="350"/>
        <source>Delete the profile “%1”?</source>
        <translation>Удалить профиль «%1»?</translation>
    </message>
    <message>
        <location filename="../ui/settings_profiles.py" line="370"/>
        <source>Profile “%1” deleted.</source>
        <translation>Профиль «%1» удалён.</translation>
    </message>
    <message>
        <location filename="../ui/settings_profiles.py" line="379"/>
        <source>“%1” is now the default profile.</source>
        <translation>«%1» теперь профиль по умолчанию.</translation>
    </message>
    <message>
        <location filename="../ui/settings_profiles.py" line="429"/>
        <source>Fill in the URL first.</source>
        <translation>Сначала заполните URL.</translation>
    </message>
    <message>
        <location filename="../ui/settings_profiles.py" line="432"/>
        <source>Asking %1 for its users…</source>
        <translation>Запрашиваю пользователей у %1…</translation>
    </message>
    <message>
        <location filename="../ui/settings_profiles.py" line="447"/>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <location filename="../ui/settings_profiles.py" line="453"/>
        <source>No users</source>
        <translation>Нет пользователей</translation>
    </message>
    <message>
        <location filename="../ui/settings_profiles.py" line="461"/>
        <source>Connecting to %1…</source>
        <translation>Подключение к %1…</translation>
    </message>
    <message>
        <location filename="../ui/settings_profiles.py" line="480"/>
        <source>Test cancelled.</source>
        <translation>Проверка отменена.</translation>
    </message>
    <message>
        <location filename="../ui/settings_profiles.py" line="491"/>
        <source>Connected: agent %1, state %2.</source>
        <translation>Подключено: оператор %1, статус %2.</translation>
    </message>
    <message>
        <location filename="../ui/settings_profiles.py" line="498"/>
        <source>The call centre refused the secret.</source>
        <translation>Колл-центр отклонил секретный ключ.</translation>
    </message>
    <message>
        <location filename="../ui/settings_profiles.py" line="500"/>
        <source>It said: %1</source>
        <translation>Ответ: %1</translation>
    </message>
    <message>
        <location filename="../ui/settings_profiles.py" line="503"/>
        <source>Cannot reach %1: %2</source>
        <translation>Не удаётся связаться с %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/settings_profiles.py" line="505"/>
        <source>The call centre said: %1</source>
        <translation>Колл-центр сообщает: %1</translation>
    </message>
    <message>
        <location filename="../ui/settings_profiles.py" line="512"/>
        <source>Stop &amp;test</source>
        <translation>Остановить про&amp;верку</translation>
    </message>
    <message>
        <location filename="../ui/settings_profiles.py" line="147"/>
        <location filename="../ui/settings_profiles.py" line="512"/>
        <source>&amp;Test connection</source>
        <translation>Про&amp;верить подключение</translation>
    </message>
</context>
<context>
    <name>QueueMenu</name>
    <message>
        <location filename="../ui/queue_menu.py" line="21"/>
        <source>&amp;Queues</source>
        <translation>&amp;Очереди</translation>
    </message>
    <message>
        <location filename="../ui/queue_menu.py" line="26"/>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <location filename="../ui/queue_menu.py" line="46"/>
        <source>No queues</source>
        <translation>Нет очередей</translation>
    </message>
</context>
<context>
    <name>QueueStrip</name>
    <message>
        <location filename="../ui/widgets/queue_strip.py" line="103"/>
        <source>Refresh queue figures</source>
        <translation>Обновить данные очередей</translation>
    </message>
    <message>
        <location filename="../ui/widgets/queue_strip.py" line="108"/>
        <source>Queues…</source>
        <translation>Очереди…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/queue_strip.py" line="124"/>
        <source>Queue figures</source>
        <translation>Данные очередей</translation>
    </message>
    <message>
        <location filename="../ui/widgets/queue_strip.py" line="242"/>
        <source>Not connected to the call centre.</source>
        <translation>Нет подключения к колл-центру.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/queue_strip.py" line="254"/>
        <source>Updated at %1</source>
        <translation>Обновлено в %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/queue_strip.py" line="269"/>
        <source>No queues</source>
        <translation>Нет очередей</translation>
    </message>
    <message>
        <location filename="../ui/widgets/queue_strip.py" line="281"/>
        <location filename="../ui/widgets/queue_strip.py" line="300"/>
        <source>+%1 more</source>
        <translation>ещё +%1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/queue_strip.py" line="305"/>
        <source>%1 waiting · %2 ready</source>
        <translation>ожидают: %1 · готовы: %2</translation>
    </message>
    <message>
        <location filename="../ui/widgets/queue_strip.py" line="309"/>
        <source>longest %1</source>
        <translation>макс. ожидание %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/queue_strip.py" line="332"/>
        <source>Could not get the queue figures: %1</source>
        <translation>Не удалось получить данные очередей: %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/queue_strip.py" line="334"/>
        <source>%1 These figures are from %2.</source>
        <translation>%1 Данные на %2.</translation>
    </message>
</context>
<context>
    <name>RecordingPlayer</name>
    <message>
        <location filename="../ui/recording_player.py" line="54"/>
        <source>No recording chosen</source>
        <translation>Запись не выбрана</translation>
    </message>
    <message>
        <location filename="../ui/recording_player.py" line="60"/>
        <source>Position in the recording</source>
        <translation>Позиция в записи</translation>
    </message>
    <message>
        <location filename="../ui/recording_player.py" line="66"/>
        <location filename="../ui/recording_player.py" line="67"/>
        <source>Playback speed</source>
        <translation>Скорость воспроизведения</translation>
    </message>
    <message>
        <location filename="../ui/recording_player.py" line="70"/>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <location filename="../ui/recording_player.py" line="170"/>
        <source>Recordings cannot be played on this computer (%1).</source>
        <translation>На этом компьютере нельзя воспроизводить записи (%1).</translation>
    </message>
    <message>
        <location filename="../ui/recording_player.py" line="194"/>
        <source>This recording cannot be played: the file is not audio.</source>
        <translation>Эту запись нельзя воспроизвести: файл не является аудиофайлом.</translation>
    </message>
    <message>
        <location filename="../ui/recording_player.py" line="199"/>
        <source>unknown error</source>
        <translation>неизвестная ошибка</translation>
    </message>
    <message>
        <location filename="../ui/recording_player.py" line="200"/>
        <source>This recording cannot be played: %1</source>
        <translation>Эту запись нельзя воспроизвести: %1</translation>
    </message>
    <message>
        <location filename="../ui/recording_player.py" line="232"/>
        <source>Pause</source>
        <translation>Пауза</translation>
    </message>
    <message>
        <location filename="../ui/recording_player.py" line="232"/>
        <source>Play</source>
        <translation>Воспроизвести</translation>
    </message>
</context>
<context>
    <name>Refusal</name>
    <message>
        <location filename="../ui/state_style.py" line="49"/>
        <source>Your call centre does not offer this</source>
        <translation>Ваш колл-центр не поддерживает эту функцию</translation>
    </message>
    <message>
        <location filename="../ui/state_style.py" line="52"/>
        <source>Your profile lacks an option this needs</source>
        <translation>В вашем профиле не задан нужный для этого параметр</translation>
    </message>
    <message>
        <location filename="../ui/state_style.py" line="55"/>
        <source>Not connected to the call centre</source>
        <translation>Нет подключения к колл-центру</translation>
    </message>
    <message>
        <location filename="../ui/state_style.py" line="58"/>
        <source>No call is ringing</source>
        <translation>Нет входящего вызова</translation>
    </message>
    <message>
        <location filename="../ui/state_style.py" line="59"/>
        <source>No call in progress</source>
        <translation>Нет текущего звонка</translation>
    </message>
    <message>
        <location filename="../ui/state_style.py" line="60"/>
        <source>Not during a call</source>
        <translation>Недоступно во время звонка</translation>
    </message>
    <message>
        <location filename="../ui/state_style.py" line="61"/>
        <source>You are not signed in to the call centre</source>
        <translation>Вы не вошли в колл-центр</translation>
    </message>
    <message>
        <location filename="../ui/state_style.py" line="64"/>
        <source>Already Ready</source>
        <translation>Уже в статусе «Готов»</translation>
    </message>
</context>
<context>
    <name>ScreenPopper</name>
    <message>
        <location filename="../ui/screen_pop.py" line="146"/>
        <source>Could not open the CRM for this call: check the screen pop settings.</source>
        <translation>Не удалось открыть CRM для этого звонка: проверьте настройки открытия CRM.</translation>
    </message>
</context>
<context>
    <name>SecretOption</name>
    <message>
        <location filename="../ui/secret_option_cells.py" line="51"/>
        <source>•••••• typed, kept in the keyring on Save</source>
        <translation>•••••• введено, при сохранении попадёт в хранилище ключей</translation>
    </message>
    <message>
        <location filename="../ui/secret_option_cells.py" line="55"/>
        <source>•••••• kept in the keyring</source>
        <translation>•••••• хранится в хранилище ключей</translation>
    </message>
    <message>
        <location filename="../ui/secret_option_cells.py" line="57"/>
        <source>•••••• in the profiles file until the keyring can take it</source>
        <translation>•••••• в файле профилей, пока хранилище ключей не сможет его принять</translation>
    </message>
    <message>
        <location filename="../ui/secret_option_cells.py" line="65"/>
        <source>Double-click to type a new value; it is kept in the keyring, never shown.</source>
        <translation>Дважды щёлкните, чтобы ввести новое значение; оно хранится в хранилище ключей и никогда не показывается.</translation>
    </message>
    <message>
        <location filename="../ui/secret_option_cells.py" line="105"/>
        <source>Leave empty to keep the stored value</source>
        <translation>Оставьте пустым, чтобы сохранить текущее значение</translation>
    </message>
    <message>
        <location filename="../ui/secret_option_cells.py" line="107"/>
        <source>Type the value</source>
        <translation>Введите значение</translation>
    </message>
    <message>
        <location filename="../ui/secret_option_cells.py" line="109"/>
        <source>Secret value</source>
        <translation>Секретное значение</translation>
    </message>
</context>
<context>
    <name>Secrets</name>
    <message>
        <location filename="../ui/secrets_text.py" line="14"/>
        <source>The keyring is locked (or has no default collection): unlock it or set AGENTDESK_SECRET.</source>
        <translation>Хранилище ключей заблокировано (или в нём нет коллекции по умолчанию): разблокируйте его или задайте AGENTDESK_SECRET.</translation>
    </message>
    <message>
        <location filename="../ui/secrets_text.py" line="20"/>
        <source>The keyring did not answer: check that it runs, or set AGENTDESK_SECRET.</source>
        <translation>Хранилище ключей не ответило: проверьте, что оно запущено, или задайте AGENTDESK_SECRET.</translation>
    </message>
</context>
<context>
    <name>SessionWiring</name>
    <message>
        <location filename="../ui/session_wiring.py" line="66"/>
        <source>%1 does not tell AgentDesk of incoming calls while they ring with this profile; calls you dial from here show on this card, and all calls appear in Recent calls.</source>
        <translation>%1 с этим профилем не сообщает AgentDesk о входящих звонках, пока они звонят; звонки, набранные отсюда, видны на этой карточке, а все звонки — в последних звонках.</translation>
    </message>
    <message>
        <location filename="../ui/session_wiring.py" line="111"/>
        <source>The call centre refused the sign-in; check your secret.</source>
        <translation>Колл-центр отклонил вход; проверьте секретный ключ.</translation>
    </message>
    <message>
        <location filename="../ui/session_wiring.py" line="116"/>
        <source>AgentDesk cannot connect with this profile: %1</source>
        <translation>AgentDesk не может подключиться с этим профилем: %1</translation>
    </message>
</context>
<context>
    <name>SettingsWindow</name>
    <message>
        <location filename="../ui/settings_window.py" line="38"/>
        <source>AgentDesk settings</source>
        <translation>Настройки AgentDesk</translation>
    </message>
    <message>
        <location filename="../ui/settings_window.py" line="47"/>
        <source>&amp;Profiles</source>
        <translation>&amp;Профили</translation>
    </message>
    <message>
        <location filename="../ui/settings_window.py" line="48"/>
        <source>&amp;General</source>
        <translation>&amp;Общие</translation>
    </message>
    <message>
        <location filename="../ui/settings_window.py" line="49"/>
        <source>Settings pages</source>
        <translation>Разделы настроек</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <location filename="../ui/app.py" line="101"/>
        <source>AgentDesk could not read its outbox of unsent wrap-ups, %1 (%2), and started a fresh one. The old file is kept as %3; wrap-ups waiting in it were not sent.</source>
        <translation>AgentDesk не смог прочитать очередь неотправленных постобработок, %1 (%2), и начал новую. Старый файл сохранён как %3; ожидавшие в нём постобработки не отправлены.</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="111"/>
        <source>The keyring could not take the secret options of profile %1; nothing is lost, they are %2</source>
        <translation>Хранилище ключей не смогло принять секретные параметры профиля %1; ничего не потеряно, они %2</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="120"/>
        <source>AgentDesk could not read its settings, %1 (%2), and uses the defaults. The old file is kept as %3.</source>
        <translation>AgentDesk не смог прочитать свои настройки, %1 (%2), и использует значения по умолчанию. Старый файл сохранён как %3.</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="303"/>
        <source>There is no pause to switch to.</source>
        <translation>Нет паузы, на которую можно переключиться.</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="311"/>
        <source>Global shortcuts: the desktop portal (your system settings manage them).</source>
        <translation>Глобальные клавиши: портал рабочего стола (ими управляют настройки системы).</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="314"/>
        <source>Global shortcuts: X11 key grabs.</source>
        <translation>Глобальные клавиши: перехват клавиш X11.</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="315"/>
        <source>Global shortcuts: Windows hot keys.</source>
        <translation>Глобальные клавиши: горячие клавиши Windows.</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="316"/>
        <source>Global shortcuts are not available on this desktop.</source>
        <translation>Глобальные клавиши недоступны в этой среде рабочего стола.</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="322"/>
        <source>Not available: %1 (%2)</source>
        <translation>Недоступно: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="348"/>
        <source>The CRM screen pop is off: %1</source>
        <translation>Открытие CRM отключено: %1</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="360"/>
        <source>AgentDesk keeps running in the tray, so calls still pop up. Click its icon to open the window; quit from its menu.</source>
        <translation>AgentDesk продолжает работать в трее, и звонки по-прежнему всплывают. Щёлкните по значку, чтобы открыть окно; выход — из его меню.</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="398"/>
        <source>This link holds no phone number: %1</source>
        <translation>Эта ссылка не содержит телефонного номера: %1</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="403"/>
        <source>%1 does not offer dialling from AgentDesk; please dial %2 on the phone.</source>
        <translation>%1 не поддерживает набор номера из AgentDesk; наберите %2 на телефоне.</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="485"/>
        <source>Save diagnostics</source>
        <translation>Сохранить диагностику</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="487"/>
        <source>Zip archives (*.zip)</source>
        <translation>Архивы zip (*.zip)</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="506"/>
        <source>Could not save diagnostics: %1</source>
        <translation>Не удалось сохранить диагностику: %1</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="509"/>
        <source>Diagnostics saved to %1</source>
        <translation>Диагностика сохранена в %1</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="515"/>
        <source>The new language applies when AgentDesk starts again.</source>
        <translation>Новый язык будет применён после перезапуска AgentDesk.</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="571"/>
        <source>AgentDesk could not start; details are in the log.</source>
        <translation>Не удалось запустить AgentDesk; подробности в журнале.</translation>
    </message>
</context>
<context>
    <name>ShiftWiring</name>
    <message>
        <location filename="../ui/shift_wiring.py" line="63"/>
        <source>Log &amp;out of the call centre</source>
        <translation>&amp;Выйти из колл-центра</translation>
    </message>
    <message>
        <location filename="../ui/shift_wiring.py" line="130"/>
        <source>You cannot log out during a call: hang up first.</source>
        <translation>Во время звонка выйти нельзя: сначала завершите звонок.</translation>
    </message>
    <message>
        <location filename="../ui/shift_wiring.py" line="132"/>
        <source>You cannot log out yet: the wrap-up of the last call is not saved. Save it first.</source>
        <translation>Пока выйти нельзя: постобработка последнего звонка не сохранена. Сначала сохраните её.</translation>
    </message>
    <message>
        <location filename="../ui/shift_wiring.py" line="134"/>
        <source>You are not logged in to the call centre.</source>
        <translation>Вы не вошли в колл-центр.</translation>
    </message>
</context>
<context>
    <name>SmsCounter</name>
    <message>
        <location filename="../ui/widgets/sms_counter.py" line="30"/>
        <source>%1 characters: at most %2 can be sent</source>
        <translation>%1 символов: можно отправить не более %2</translation>
    </message>
    <message>
        <location filename="../ui/widgets/sms_counter.py" line="35"/>
        <source>%1 / %2 · %3 SMS (unicode)</source>
        <translation>%1 / %2 · %3 SMS (юникод)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/sms_counter.py" line="37"/>
        <source>%1 / %2 · %3 SMS</source>
        <translation>%1 / %2 · %3 SMS</translation>
    </message>
</context>
<context>
    <name>SmsDialog</name>
    <message>
        <location filename="../ui/sms_dialog.py" line="62"/>
        <source>Text message</source>
        <translation>SMS-сообщение</translation>
    </message>
    <message>
        <location filename="../ui/sms_dialog.py" line="66"/>
        <source>Phone number</source>
        <translation>Номер телефона</translation>
    </message>
    <message>
        <location filename="../ui/sms_dialog.py" line="67"/>
        <source>&amp;To</source>
        <translation>&amp;Кому</translation>
    </message>
    <message>
        <location filename="../ui/sms_dialog.py" line="69"/>
        <source>Template</source>
        <translation>Шаблон</translation>
    </message>
    <message>
        <location filename="../ui/sms_dialog.py" line="70"/>
        <source>(no template)</source>
        <translation>(без шаблона)</translation>
    </message>
    <message>
        <location filename="../ui/sms_dialog.py" line="76"/>
        <source>Te&amp;mplate</source>
        <translation>Ш&amp;аблон</translation>
    </message>
    <message>
        <location filename="../ui/sms_dialog.py" line="78"/>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <location filename="../ui/sms_dialog.py" line="80"/>
        <source>&amp;Message</source>
        <translation>&amp;Сообщение</translation>
    </message>
    <message>
        <location filename="../ui/sms_dialog.py" line="90"/>
        <source>&amp;Send</source>
        <translation>&amp;Отправить</translation>
    </message>
</context>
<context>
    <name>SmsEntry</name>
    <message>
        <location filename="../ui/sms_entry.py" line="31"/>
        <location filename="../ui/sms_entry.py" line="56"/>
        <source>Send &amp;SMS…</source>
        <translation>Отправить &amp;SMS…</translation>
    </message>
    <message>
        <location filename="../ui/sms_entry.py" line="81"/>
        <source>Text message sent to %1.</source>
        <translation>SMS отправлено на %1.</translation>
    </message>
</context>
<context>
    <name>StateBadge</name>
    <message>
        <location filename="../ui/widgets/state_badge.py" line="47"/>
        <source>Connecting…</source>
        <translation>Подключение…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/state_badge.py" line="55"/>
        <source>Time in state</source>
        <translation>Время в статусе</translation>
    </message>
</context>
<context>
    <name>TeamView</name>
    <message>
        <location filename="../ui/team_view.py" line="77"/>
        <source>Filter by name</source>
        <translation>Фильтр по имени</translation>
    </message>
    <message>
        <location filename="../ui/team_view.py" line="78"/>
        <source>Filter colleagues by name</source>
        <translation>Фильтр коллег по имени</translation>
    </message>
    <message>
        <location filename="../ui/team_view.py" line="82"/>
        <source>Colleagues</source>
        <translation>Коллеги</translation>
    </message>
    <message>
        <location filename="../ui/team_view.py" line="84"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../ui/team_view.py" line="84"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../ui/team_view.py" line="84"/>
        <source>For</source>
        <translation>Сколько</translation>
    </message>
    <message>
        <location filename="../ui/team_view.py" line="84"/>
        <source>Extension</source>
        <translation>Добавочный номер</translation>
    </message>
    <message>
        <location filename="../ui/team_view.py" line="97"/>
        <source>&amp;Call extension</source>
        <translation>&amp;Позвонить на добавочный</translation>
    </message>
    <message>
        <location filename="../ui/team_view.py" line="98"/>
        <source>Call the colleague&apos;s extension</source>
        <translation>Позвонить на добавочный номер коллеги</translation>
    </message>
    <message>
        <location filename="../ui/team_view.py" line="102"/>
        <source>Team list status</source>
        <translation>Состояние списка команды</translation>
    </message>
    <message>
        <location filename="../ui/team_view.py" line="183"/>
        <source>%1 The list is from %2.</source>
        <translation>%1 Список на %2.</translation>
    </message>
    <message>
        <location filename="../ui/team_view.py" line="189"/>
        <source>Updated at %1</source>
        <translation>Обновлено в %1</translation>
    </message>
</context>
<context>
    <name>TodayTab</name>
    <message>
        <location filename="../ui/today_view.py" line="135"/>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <location filename="../ui/today_view.py" line="48"/>
        <source>My day</source>
        <translation>Мой день</translation>
    </message>
    <message>
        <location filename="../ui/today_view.py" line="56"/>
        <source>Calls answered</source>
        <translation>Принятые звонки</translation>
    </message>
    <message>
        <location filename="../ui/today_view.py" line="57"/>
        <source>Calls missed</source>
        <translation>Пропущенные звонки</translation>
    </message>
    <message>
        <location filename="../ui/today_view.py" line="58"/>
        <source>Calls made</source>
        <translation>Исходящие звонки</translation>
    </message>
    <message>
        <location filename="../ui/today_view.py" line="59"/>
        <source>Talk time</source>
        <translation>Время разговоров</translation>
    </message>
    <message>
        <location filename="../ui/today_view.py" line="60"/>
        <source>Logged in</source>
        <translation>В системе</translation>
    </message>
    <message>
        <location filename="../ui/today_view.py" line="62"/>
        <source>Time per pause</source>
        <translation>Время на паузах</translation>
    </message>
    <message>
        <location filename="../ui/today_view.py" line="70"/>
        <source>Loading today&apos;s figures…</source>
        <translation>Загрузка показателей за сегодня…</translation>
    </message>
    <message>
        <location filename="../ui/today_view.py" line="74"/>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <location filename="../ui/today_view.py" line="75"/>
        <source>Refresh today&apos;s figures</source>
        <translation>Обновить показатели за сегодня</translation>
    </message>
    <message>
        <location filename="../ui/today_view.py" line="105"/>
        <source>No pauses today.</source>
        <translation>Сегодня пауз не было.</translation>
    </message>
    <message>
        <location filename="../ui/today_view.py" line="109"/>
        <source>As of %1.</source>
        <translation>По состоянию на %1.</translation>
    </message>
    <message>
        <location filename="../ui/today_view.py" line="114"/>
        <source>Today&apos;s figures could not be loaded: %1</source>
        <translation>Не удалось загрузить показатели за сегодня: %1</translation>
    </message>
</context>
<context>
    <name>TransferPicker</name>
    <message>
        <location filename="../ui/transfer_picker.py" line="82"/>
        <location filename="../ui/transfer_picker.py" line="83"/>
        <location filename="../ui/transfer_picker.py" line="106"/>
        <source>Transfer the call</source>
        <translation>Перевести звонок</translation>
    </message>
    <message>
        <location filename="../ui/transfer_picker.py" line="86"/>
        <source>Type a name, a queue or a number</source>
        <translation>Введите имя, очередь или номер</translation>
    </message>
    <message>
        <location filename="../ui/transfer_picker.py" line="87"/>
        <source>Find a colleague, a queue or a number</source>
        <translation>Найти коллегу, очередь или номер</translation>
    </message>
    <message>
        <location filename="../ui/transfer_picker.py" line="92"/>
        <source>Where to transfer the call</source>
        <translation>Куда перевести звонок</translation>
    </message>
    <message>
        <location filename="../ui/transfer_picker.py" line="95"/>
        <source>&amp;Blind: let the call go without waiting for an answer</source>
        <translation>&amp;Без консультации: отдать звонок, не дожидаясь ответа</translation>
    </message>
    <message>
        <location filename="../ui/transfer_picker.py" line="96"/>
        <source>Blind transfer</source>
        <translation>Перевод без консультации</translation>
    </message>
    <message>
        <location filename="../ui/transfer_picker.py" line="101"/>
        <source>What happens next</source>
        <translation>Что будет дальше</translation>
    </message>
    <message>
        <location filename="../ui/transfer_picker.py" line="104"/>
        <source>&amp;Transfer</source>
        <translation>&amp;Перевести</translation>
    </message>
    <message>
        <location filename="../ui/transfer_picker.py" line="108"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../ui/transfer_picker.py" line="169"/>
        <source>Asking the call centre to transfer to %1…</source>
        <translation>Просим колл-центр перевести звонок: %1…</translation>
    </message>
    <message>
        <location filename="../ui/transfer_picker.py" line="224"/>
        <source>Number %1</source>
        <translation>Номер %1</translation>
    </message>
    <message>
        <location filename="../ui/transfer_picker.py" line="242"/>
        <source>Queue %1</source>
        <translation>Очередь %1</translation>
    </message>
    <message>
        <location filename="../ui/transfer_picker.py" line="247"/>
        <source>Nobody matches: type a number to transfer to it</source>
        <translation>Никого не найдено: введите номер для перевода</translation>
    </message>
    <message>
        <location filename="../ui/transfer_picker.py" line="294"/>
        <source>Choose a colleague, a queue or a number.</source>
        <translation>Выберите коллегу, очередь или номер.</translation>
    </message>
    <message>
        <location filename="../ui/transfer_picker.py" line="298"/>
        <source>The call goes to %1 at once and leaves you, answered or not.</source>
        <translation>Звонок сразу уйдёт: %1, и больше не будет вашим, ответят или нет.</translation>
    </message>
    <message>
        <location filename="../ui/transfer_picker.py" line="301"/>
        <source>%1 is asked first. The call stays yours, on hold, until they answer; if nobody answers it comes back to you.</source>
        <translation>Сначала спросим: %1. Звонок остаётся вашим, на удержании, пока не ответят; если никто не ответит, он вернётся к вам.</translation>
    </message>
    <message>
        <location filename="../ui/transfer_picker.py" line="310"/>
        <source>The call went to %1.</source>
        <translation>Звонок переведён: %1.</translation>
    </message>
    <message>
        <location filename="../ui/transfer_picker.py" line="311"/>
        <source>Asking %1. The call stays yours, on hold, until they answer.</source>
        <translation>Спрашиваем: %1. Звонок остаётся вашим, на удержании, пока не ответят.</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <location filename="../ui/tray.py" line="71"/>
        <source>Show/Hide window</source>
        <translation>Показать/скрыть окно</translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="73"/>
        <source>Ready</source>
        <translation>Готов</translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="76"/>
        <source>Pause</source>
        <translation>Пауза</translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="78"/>
        <source>Settings…</source>
        <translation>Настройки…</translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="80"/>
        <source>Quit</source>
        <translation>Выход</translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="95"/>
        <location filename="../ui/tray.py" line="108"/>
        <source>Connecting…</source>
        <translation>Подключение…</translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="109"/>
        <source>Reconnecting…</source>
        <translation>Переподключение…</translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="110"/>
        <source>Authentication failed</source>
        <translation>Ошибка аутентификации</translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="111"/>
        <source>Cannot connect: check the profile</source>
        <translation>Не удаётся подключиться: проверьте профиль</translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="112"/>
        <source>Offline</source>
        <translation>Не в сети</translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="131"/>
        <source>Missed calls: %1</source>
        <translation>Пропущенные звонки: %1</translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="137"/>
        <source>AgentDesk — %1</source>
        <translation>AgentDesk — %1</translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="139"/>
        <source>%1 — %2 missed</source>
        <translation>%1 — пропущено: %2</translation>
    </message>
</context>
<context>
    <name>VendorText</name>
    <message>
        <location filename="../backends/megapbx/spec.py" line="55"/>
        <source>The PBX rings your phone first; the number is called once you pick up.</source>
        <translation>АТС сначала звонит на ваш телефон; номер набирается, когда вы снимете трубку.</translation>
    </message>
    <message>
        <location filename="../backends/megapbx/live.py" line="46"/>
        <source>Do not disturb</source>
        <translation>Не беспокоить</translation>
    </message>
    <message>
        <location filename="../backends/okitoki/spec.py" line="60"/>
        <source>Oki-Toki dials through a dialer task: the call comes when the dialer places it, not at once.</source>
        <translation>Oki-Toki звонит через задачу дайлера: звонок поступит, когда дайлер его наберёт, а не сразу.</translation>
    </message>
    <message>
        <location filename="../backends/megapbx/parse.py" line="85"/>
        <source>answered</source>
        <translation>отвечен</translation>
    </message>
    <message>
        <location filename="../backends/megapbx/parse.py" line="86"/>
        <source>missed</source>
        <translation>пропущен</translation>
    </message>
    <message>
        <location filename="../backends/megapbx/parse.py" line="87"/>
        <source>cancelled</source>
        <translation>отменён</translation>
    </message>
    <message>
        <location filename="../backends/megapbx/parse.py" line="88"/>
        <source>busy</source>
        <translation>занято</translation>
    </message>
    <message>
        <location filename="../backends/megapbx/parse.py" line="89"/>
        <source>not available</source>
        <translation>недоступен</translation>
    </message>
    <message>
        <location filename="../backends/megapbx/parse.py" line="90"/>
        <source>calls to this destination are barred</source>
        <translation>звонки на это направление запрещены</translation>
    </message>
    <message>
        <location filename="../backends/megapbx/parse.py" line="91"/>
        <source>number not found</source>
        <translation>номер не найден</translation>
    </message>
    <message>
        <location filename="../backends/megapbx/parse.py" line="92"/>
        <source>not answered</source>
        <translation>без ответа</translation>
    </message>
    <message>
        <location filename="../backends/megapbx/parse.py" line="96"/>
        <source>an agent took the call</source>
        <translation>звонок принял оператор</translation>
    </message>
    <message>
        <location filename="../backends/megapbx/parse.py" line="97"/>
        <source>missed by the department</source>
        <translation>пропущен отделом</translation>
    </message>
    <message>
        <location filename="../backends/megapbx/parse.py" line="98"/>
        <source>forwarded to an outside number</source>
        <translation>переадресован на внешний номер</translation>
    </message>
    <message>
        <location filename="../backends/megapbx/parse.py" line="99"/>
        <source>voice menu</source>
        <translation>голосовое меню</translation>
    </message>
    <message>
        <location filename="../backends/megapbx/parse.py" line="100"/>
        <source>on-duty agent after hours</source>
        <translation>дежурный оператор в нерабочее время</translation>
    </message>
    <message>
        <location filename="../backends/megapbx/parse.py" line="101"/>
        <source>after-hours message</source>
        <translation>сообщение в нерабочее время</translation>
    </message>
    <message>
        <location filename="../backends/megapbx/parse.py" line="102"/>
        <source>hung up during the greeting</source>
        <translation>положил трубку во время приветствия</translation>
    </message>
    <message>
        <location filename="../backends/megapbx/parse.py" line="103"/>
        <source>voicemail: the caller left a message</source>
        <translation>голосовая почта: звонящий оставил сообщение</translation>
    </message>
    <message>
        <location filename="../backends/megapbx/parse.py" line="104"/>
        <source>answering machine message</source>
        <translation>сообщение автоответчика</translation>
    </message>
    <message>
        <location filename="../backends/megapbx/parse.py" line="108"/>
        <source>Calls between colleagues are not available from this PBX.</source>
        <translation>Звонки между коллегами на этой АТС недоступны.</translation>
    </message>
    <message>
        <location filename="../backends/daktela/versions.py" line="104"/>
        <source>Daktela offers %1 from API version %2 on; this profile&apos;s api_version is %3.</source>
        <translation>Daktela предлагает %1 начиная с версии API %2; api_version этого профиля — %3.</translation>
    </message>
    <message>
        <location filename="../backends/daktela/versions.py" line="107"/>
        <source>Daktela&apos;s CreateCall for an agent needs API version 3.1; at %1 it dials from an extension: set the extension in the profile.</source>
        <translation>Для CreateCall от имени оператора Daktela нужна версия API 3.1; в версии %1 звонок идёт с внутреннего номера: укажите внутренний номер в профиле.</translation>
    </message>
    <message>
        <location filename="../backends/ucontact/backend.py" line="115"/>
        <source>uContact logs an agent in with their password (AgentLogin); this profile signs in with a portal token (auth=token).</source>
        <translation>uContact выполняет вход агента по его паролю (AgentLogin); этот профиль входит с токеном портала (auth=token).</translation>
    </message>
</context>
<context>
    <name>WaitingCallers</name>
    <message>
        <location filename="../ui/waiting_callers.py" line="66"/>
        <source>Callers waiting</source>
        <translation>Ожидающие абоненты</translation>
    </message>
    <message>
        <location filename="../ui/waiting_callers.py" line="68"/>
        <source>Reading the queues…</source>
        <translation>Читаю очереди…</translation>
    </message>
    <message>
        <location filename="../ui/waiting_callers.py" line="78"/>
        <source>Callers waiting in your queues</source>
        <translation>Абоненты, ожидающие в ваших очередях</translation>
    </message>
    <message>
        <location filename="../ui/waiting_callers.py" line="118"/>
        <source>Nobody is waiting.</source>
        <translation>Никто не ждёт.</translation>
    </message>
    <message>
        <location filename="../ui/waiting_callers.py" line="122"/>
        <source>Unknown</source>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <location filename="../ui/waiting_callers.py" line="127"/>
        <source>waiting %1</source>
        <translation>ждёт %1</translation>
    </message>
    <message>
        <location filename="../ui/waiting_callers.py" line="130"/>
        <source>Pick up</source>
        <translation>Принять</translation>
    </message>
    <message>
        <location filename="../ui/waiting_callers.py" line="131"/>
        <source>Pick up %1</source>
        <translation>Принять %1</translation>
    </message>
</context>
<context>
    <name>WaitingCallersToggle</name>
    <message>
        <location filename="../ui/waiting_callers.py" line="157"/>
        <source>Waiting callers</source>
        <translation>Ожидающие</translation>
    </message>
    <message>
        <location filename="../ui/waiting_callers.py" line="159"/>
        <source>Show the callers waiting in your queues</source>
        <translation>Показать абонентов, ожидающих в ваших очередях</translation>
    </message>
    <message>
        <location filename="../ui/waiting_callers.py" line="160"/>
        <source>The callers waiting in your queues; pick one up</source>
        <translation>Абоненты, ожидающие в ваших очередях; примите одного</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../ui/window_actions.py" line="30"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <location filename="../ui/window_actions.py" line="31"/>
        <source>&amp;Import contacts…</source>
        <translation>&amp;Импорт контактов…</translation>
    </message>
    <message>
        <location filename="../ui/window_actions.py" line="32"/>
        <source>Save &amp;diagnostics…</source>
        <translation>Сохранить &amp;диагностику…</translation>
    </message>
    <message>
        <location filename="../ui/window_actions.py" line="34"/>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location filename="../ui/window_actions.py" line="36"/>
        <source>&amp;Answer</source>
        <translation>&amp;Ответить</translation>
    </message>
    <message>
        <location filename="../ui/window_actions.py" line="37"/>
        <source>&amp;Hang up</source>
        <translation>&amp;Завершить</translation>
    </message>
    <message>
        <location filename="../ui/window_actions.py" line="38"/>
        <source>&amp;Ready</source>
        <translation>&amp;Готов</translation>
    </message>
    <message>
        <location filename="../ui/window_actions.py" line="39"/>
        <source>&amp;Number to call</source>
        <translation>&amp;Номер для звонка</translation>
    </message>
    <message>
        <location filename="../ui/window_actions.py" line="41"/>
        <source>&amp;Now</source>
        <translation>&amp;Сейчас</translation>
    </message>
    <message>
        <location filename="../ui/window_actions.py" line="42"/>
        <source>&amp;Recent calls</source>
        <translation>&amp;Последние звонки</translation>
    </message>
    <message>
        <location filename="../ui/window_actions.py" line="45"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../ui/window_actions.py" line="51"/>
        <source>&amp;Call</source>
        <translation>&amp;Звонок</translation>
    </message>
    <message>
        <location filename="../ui/window_actions.py" line="58"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
</context>
<context>
    <name>WrapUpPanel</name>
    <message>
        <location filename="../ui/wrap_up_panel.py" line="203"/>
        <source>Wrap-up</source>
        <translation>Постобработка</translation>
    </message>
    <message>
        <location filename="../ui/wrap_up_panel.py" line="213"/>
        <source>&amp;Retry</source>
        <translation>Повто&amp;рить</translation>
    </message>
    <message>
        <location filename="../ui/wrap_up_panel.py" line="215"/>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <location filename="../ui/wrap_up_panel.py" line="221"/>
        <location filename="../ui/wrap_up_panel.py" line="586"/>
        <source>&amp;Discard</source>
        <translation>От&amp;бросить</translation>
    </message>
    <message>
        <location filename="../ui/wrap_up_panel.py" line="222"/>
        <source>Discard the wrap-up</source>
        <translation>Отбросить постобработку</translation>
    </message>
    <message>
        <location filename="../ui/wrap_up_panel.py" line="224"/>
        <source>&amp;Save</source>
        <translation>Со&amp;хранить</translation>
    </message>
    <message>
        <location filename="../ui/wrap_up_panel.py" line="226"/>
        <source>Save the wrap-up</source>
        <translation>Сохранить постобработку</translation>
    </message>
    <message>
        <location filename="../ui/wrap_up_panel.py" line="227"/>
        <source>Save (Ctrl+Enter)</source>
        <translation>Сохранить (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../ui/wrap_up_panel.py" line="362"/>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <location filename="../ui/wrap_up_panel.py" line="374"/>
        <source>Could not load the wrap-up form. %1</source>
        <translation>Не удалось загрузить форму постобработки. %1</translation>
    </message>
    <message>
        <location filename="../ui/wrap_up_panel.py" line="395"/>
        <source>Choose an outcome…</source>
        <translation>Выберите результат звонка…</translation>
    </message>
    <message>
        <location filename="../ui/wrap_up_panel.py" line="398"/>
        <source>Outcome</source>
        <translation>Результат звонка</translation>
    </message>
    <message>
        <location filename="../ui/wrap_up_panel.py" line="411"/>
        <source>What the caller wanted, what was agreed</source>
        <translation>Суть обращения и о чём договорились</translation>
    </message>
    <message>
        <location filename="../ui/wrap_up_panel.py" line="413"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../ui/wrap_up_panel.py" line="416"/>
        <source>Call &amp;back at</source>
        <translation>Перезвон&amp;ить в</translation>
    </message>
    <message>
        <location filename="../ui/wrap_up_panel.py" line="417"/>
        <source>Schedule a call-back</source>
        <translation>Запланировать обратный звонок</translation>
    </message>
    <message>
        <location filename="../ui/wrap_up_panel.py" line="421"/>
        <source>Call-back time</source>
        <translation>Время обратного звонка</translation>
    </message>
    <message>
        <location filename="../ui/wrap_up_panel.py" line="437"/>
        <source>Ready</source>
        <translation>Готов</translation>
    </message>
    <message>
        <location filename="../ui/wrap_up_panel.py" line="440"/>
        <source>After saving:</source>
        <translation>После сохранения:</translation>
    </message>
    <message>
        <location filename="../ui/wrap_up_panel.py" line="460"/>
        <source>%1 (required)</source>
        <translation>%1 (обязательно)</translation>
    </message>
    <message>
        <location filename="../ui/wrap_up_panel.py" line="465"/>
        <source>Required</source>
        <translation>Обязательно</translation>
    </message>
    <message>
        <location filename="../ui/wrap_up_panel.py" line="484"/>
        <source>Choose an outcome before saving.</source>
        <translation>Перед сохранением выберите результат звонка.</translation>
    </message>
    <message>
        <location filename="../ui/wrap_up_panel.py" line="488"/>
        <source>Fill in: %1</source>
        <translation>Заполните: %1</translation>
    </message>
    <message>
        <location filename="../ui/wrap_up_panel.py" line="521"/>
        <source>Wrap-up saved; it will be sent when %1 can be reached.</source>
        <translation>Постобработка сохранена; она будет отправлена, когда %1 станет доступен.</translation>
    </message>
    <message>
        <location filename="../ui/wrap_up_panel.py" line="532"/>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <location filename="../ui/wrap_up_panel.py" line="578"/>
        <source>Really discard?</source>
        <translation>Точно отбросить?</translation>
    </message>
</context>
</TS>

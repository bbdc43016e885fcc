// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {ERC20Capped} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Capped.sol";
import {ERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Permit.sol";

/// @title Devnet ATH
/// @notice A stand-in for the Aethir Token on local anvil nodes and in tests ONLY. Production
///         never deploys this contract: it points at the real ATH on Arbitrum One (chain 42161).
/// @dev Mirrors what athgrid relies on from the real token: ERC-20 with 18 decimals, EIP-2612
///      permit, and ATH's 42,000,000,000 maximum supply. Minting is open to MINTER_ROLE so tests
///      and the local run can fund wallets.
contract AthToken is ERC20Capped, ERC20Permit, AccessControl {
    bytes32 public constant MINTER_ROLE = keccak256("MINTER_ROLE");

    uint256 public constant MAX_SUPPLY = 42_000_000_000 ether;

    /// @param admin receives DEFAULT_ADMIN_ROLE (manages roles) and MINTER_ROLE.
    constructor(address admin)
        ERC20("Aethir Token", "ATH")
        ERC20Capped(MAX_SUPPLY)
        ERC20Permit("Aethir Token")
    {
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        _grantRole(MINTER_ROLE, admin);
    }

    /// @notice Mints `amount` wei of ATH to `to`; reverts past the cap.
    function mint(address to, uint256 amount) external onlyRole(MINTER_ROLE) {
        _mint(to, amount);
    }

    // Solidity requires naming both bases; ERC20Capped's version enforces the cap.
    function _update(address from, address to, uint256 value) internal override(ERC20, ERC20Capped) {
        super._update(from, to, value);
    }
}
